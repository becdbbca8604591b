import numpy as np


def fit_linear(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    # lstsq (SVD based) gives the minimum-norm minimiser, also for dependent columns.
    theta = np.linalg.lstsq(A, y, rcond=None)[0]
    return theta[:-1], float(theta[-1])
