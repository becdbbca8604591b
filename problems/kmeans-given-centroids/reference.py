import numpy as np


def _assign(X: np.ndarray, C: np.ndarray) -> np.ndarray:
    squared = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)  # (n, k)
    return np.argmin(squared, axis=1)  # the first minimum: the lowest index


def kmeans(X: np.ndarray, init_centroids: np.ndarray,
           max_iters: int) -> tuple[np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=float)
    C = np.array(init_centroids, dtype=float)  # a copy
    previous = None
    for _ in range(max_iters):
        labels = _assign(X, C)
        if previous is not None and np.array_equal(labels, previous):
            break  # a fixed point: further rounds change nothing
        for j in range(C.shape[0]):
            members = X[labels == j]
            if len(members):
                C[j] = members.mean(axis=0)
        previous = labels
    return C, _assign(X, C)
