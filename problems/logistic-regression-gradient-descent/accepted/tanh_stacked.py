# The sigmoid through tanh; w and b stacked into one vector with a ones column.
import numpy as np


def fit_logistic_gd(X, y, learning_rate, n_iters):
    n = len(X)
    A = np.hstack([X, np.ones((n, 1))])
    theta = np.zeros(A.shape[1])
    for _ in range(n_iters):
        p = 0.5 * (1 + np.tanh(0.5 * (A @ theta)))
        theta = theta - learning_rate * (A.T @ (p - y)) / n
    return theta[:-1], float(theta[-1])
