# verdict: Wrong Answer
# Divides the covariance by var(y) instead of var(x): the slope of x on y, not y on x.
import numpy as np


def cuped(y_a, x_a, y_b, x_b):
    y = np.concatenate([y_a, y_b])
    x = np.concatenate([x_a, x_b])
    theta = 0.0
    if x.max() != x.min() and y.max() != y.min():
        theta = float(np.cov(x, y, ddof=0)[0, 1] / y.var())
    adjusted = y - theta * (x - x.mean())
    mean_a, mean_b = adjusted[:len(y_a)].mean(), adjusted[len(y_a):].mean()
    reduction = 0.0 if y.max() == y.min() else 1 - adjusted.var() / y.var()
    return {"theta": theta, "mean_a": mean_a, "mean_b": mean_b, "diff": mean_b - mean_a,
            "variance_reduction": reduction}
