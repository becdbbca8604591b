# verdict: Wrong Answer
# Uses the gradient of the summed loss (no division by n), so each step is n times too long.
import numpy as np


def fit_logistic_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        w, b = w - learning_rate * X.T @ (p - y), b - learning_rate * (p - y).sum()
    return w, float(b)
