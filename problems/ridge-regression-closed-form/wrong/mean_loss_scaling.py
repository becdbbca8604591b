# verdict: Wrong Answer
# Minimises the mean squared error plus alpha * |w|^2 (the penalty becomes n * alpha relative to
# the stated sum-of-squares objective).
import numpy as np


def fit_ridge(X, y, alpha):
    n, d = X.shape
    Xc = X - X.mean(axis=0)
    w = np.linalg.solve(Xc.T @ Xc / n + alpha * np.eye(d), Xc.T @ (y - y.mean()) / n)
    return w, float(y.mean() - X.mean(axis=0) @ w)
