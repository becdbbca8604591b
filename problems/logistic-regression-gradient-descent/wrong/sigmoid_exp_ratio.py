# verdict: Wrong Answer
# Writes the sigmoid as exp(z) / (1 + exp(z)): once a score passes 709 this is inf / inf = nan,
# and the weights become nan.
import numpy as np


def fit_logistic_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        z = X @ w + b
        p = np.exp(z) / (1 + np.exp(z))
        grad_w = X.T @ (p - y) / n
        grad_b = (p - y).sum() / n

        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
    return w, float(b)
