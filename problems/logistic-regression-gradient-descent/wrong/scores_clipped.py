# verdict: Wrong Answer
# Clips the scores to [-20, 20] to silence the overflow warning: a saturated p stays 2e-9 short of
# 1, so on separable data with a large step the weights keep drifting when they should stop.
import numpy as np


def fit_logistic_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        p = 1 / (1 + np.exp(-np.clip(X @ w + b, -20, 20)))
        grad_w = X.T @ (p - y) / n
        grad_b = (p - y).sum() / n

        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
    return w, float(b)
