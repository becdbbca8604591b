# verdict: Wrong Answer
# Stops once the gradient norm is below 1e-6, though the statement asks for exactly n_iters
# iterations.
import numpy as np


def fit_logistic_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        grad_w = X.T @ (p - y) / n
        grad_b = (p - y).sum() / n
        if np.sqrt(grad_w @ grad_w + grad_b ** 2) < 1e-6:
            break
        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
    return w, float(b)
