import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # Evaluated without overflow: exp of a non-positive number only.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def fit_logistic_gd(X: np.ndarray, y: np.ndarray, learning_rate: float,
                    n_iters: int) -> tuple[np.ndarray, float]:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        error = _sigmoid(X @ w + b) - y
        grad_w = X.T @ error / n
        grad_b = error.sum() / n
        w, b = w - learning_rate * grad_w, b - learning_rate * grad_b
    return w, float(b)
