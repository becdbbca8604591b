# verdict: Wrong Answer
# Differentiates the squared error of the probabilities instead of the log-loss: the error
# term carries an extra p * (1 - p) factor.
import numpy as np


def fit_logistic_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        error = (p - y) * p * (1 - p)
        w, b = w - learning_rate * X.T @ error / n, b - learning_rate * error.sum() / n
    return w, float(b)
