# verdict: Wrong Answer
# Uses the gradient of the half mean squared error, (1/n) * X.T @ r, so every step is half as
# long as the stated one.
import numpy as np


def fit_linear_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        r = X @ w + b - y
        w, b = w - learning_rate * (X.T @ r) / n, b - learning_rate * r.sum() / n
    return w, float(b)
