import numpy as np


def fit_ridge(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean
    # Centring removes the intercept from the problem, so only w is penalised.
    gram = Xc.T @ Xc + alpha * np.eye(X.shape[1])
    w = np.linalg.solve(gram, Xc.T @ (y - y_mean))
    return w, float(y_mean - x_mean @ w)
