# verdict: Wrong Answer
# Forgets the bias term: only w is learned and b stays 0.
import numpy as np


def fit_linear_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    for _ in range(n_iters):
        w = w - learning_rate * (2.0 / n) * (X.T @ (X @ w - y))
    return w, 0.0
