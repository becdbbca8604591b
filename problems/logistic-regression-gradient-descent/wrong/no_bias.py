# verdict: Wrong Answer
# Forgets the intercept: only w is learned and b stays 0.
import numpy as np


def fit_logistic_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    for _ in range(n_iters):
        p = 1 / (1 + np.exp(-(X @ w)))
        w = w - learning_rate * X.T @ (p - y) / n
    return w, 0.0
