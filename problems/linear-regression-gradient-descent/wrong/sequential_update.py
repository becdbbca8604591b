# verdict: Wrong Answer
# Updates w first and then computes the bias gradient from the already-updated w (not a
# simultaneous update).
import numpy as np


def fit_linear_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        w = w - learning_rate * (2.0 / n) * (X.T @ (X @ w + b - y))
        b = b - learning_rate * (2.0 / n) * (X @ w + b - y).sum()
    return w, float(b)
