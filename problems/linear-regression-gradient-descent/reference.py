import numpy as np


def fit_linear_gd(X: np.ndarray, y: np.ndarray, learning_rate: float,
                  n_iters: int) -> tuple[np.ndarray, float]:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        residual = X @ w + b - y
        grad_w = (2.0 / n) * (X.T @ residual)
        grad_b = (2.0 / n) * residual.sum()
        w, b = w - learning_rate * grad_w, b - learning_rate * grad_b
    return w, float(b)
