import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    S = Xc.T @ Xc / (n - 1)
    values, vectors = np.linalg.eigh(S)          # increasing order, columns are vectors
    order = np.argsort(values)[::-1][:k]
    components = vectors[:, order].T.copy()      # (k, d)
    for row in components:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    variance = values[order]
    return components, variance, variance / values.sum()
