# verdict: Wrong Answer
# Uses the pooled theta but centres each group's covariate on that group's own mean: the
# group means of y come back unchanged, so the pre-period imbalance is not removed.
import numpy as np


def cuped(y_a, x_a, y_b, x_b):
    y = np.concatenate([y_a, y_b])
    x = np.concatenate([x_a, x_b])
    theta = 0.0
    if x.max() != x.min():
        theta = float(np.cov(x, y)[0, 1] / np.var(x, ddof=1))
    adj_a = y_a - theta * (x_a - x_a.mean())
    adj_b = y_b - theta * (x_b - x_b.mean())
    adjusted = y - theta * (x - x.mean())
    reduction = 0.0 if y.max() == y.min() else 1 - adjusted.var() / y.var()
    return {"theta": theta, "mean_a": adj_a.mean(), "mean_b": adj_b.mean(),
            "diff": adj_b.mean() - adj_a.mean(), "variance_reduction": reduction}
