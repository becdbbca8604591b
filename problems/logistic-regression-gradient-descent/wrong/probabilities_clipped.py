# verdict: Wrong Answer
# Clips p to [1e-7, 1 - 1e-7] before the gradient (a log-loss habit): the gradient never reaches 0
# on separable data.
import numpy as np


def fit_logistic_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        p = np.clip(1 / (1 + np.exp(-(X @ w + b))), 1e-7, 1 - 1e-7)
        grad_w = X.T @ (p - y) / n
        grad_b = (p - y).sum() / n

        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
    return w, float(b)
