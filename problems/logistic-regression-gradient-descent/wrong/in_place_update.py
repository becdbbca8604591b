# verdict: Wrong Answer
# Updates the weights one at a time in place, recomputing the predictions after each change, so
# later coordinates (and b) see the already-updated earlier ones.
import numpy as np


def fit_logistic_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        for j in range(d):
            p = 1 / (1 + np.exp(-(X @ w + b)))
            w[j] -= learning_rate * X[:, j] @ (p - y) / n
        p = 1 / (1 + np.exp(-(X @ w + b)))
        b -= learning_rate * (p - y).sum() / n
    return w, float(b)
