# verdict: Wrong Answer
# Fits theta and the covariate mean separately inside each group instead of on pooled data.
import numpy as np


def _theta(x, y):
    if x.max() == x.min():
        return 0.0
    return float(np.cov(x, y)[0, 1] / np.var(x, ddof=1))


def cuped(y_a, x_a, y_b, x_b):
    adj_a = y_a - _theta(x_a, y_a) * (x_a - x_a.mean())
    adj_b = y_b - _theta(x_b, y_b) * (x_b - x_b.mean())
    y = np.concatenate([y_a, y_b])
    x = np.concatenate([x_a, x_b])
    adjusted = np.concatenate([adj_a, adj_b])
    reduction = 0.0 if y.max() == y.min() else 1 - adjusted.var() / y.var()
    return {"theta": _theta(x, y), "mean_a": adj_a.mean(), "mean_b": adj_b.mean(),
            "diff": adj_b.mean() - adj_a.mean(), "variance_reduction": reduction}
