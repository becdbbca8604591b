# verdict: Wrong Answer
# Runs n_iters - 1 updates (a loop that starts counting at 1).
import numpy as np


def fit_linear_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(1, n_iters):
        r = X @ w + b - y
        w, b = w - learning_rate * (2.0 / n) * (X.T @ r), b - learning_rate * (2.0 / n) * r.sum()
    return w, float(b)
