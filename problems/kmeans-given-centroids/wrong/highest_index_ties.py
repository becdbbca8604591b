# verdict: Wrong Answer
# Breaks distance ties toward the highest centroid index (argmin over the reversed centroids).
import numpy as np


def _assign(X, C):
    squared = ((X[:, None, :] - C[None]) ** 2).sum(axis=2)
    k = C.shape[0]
    return k - 1 - np.argmin(squared[:, ::-1], axis=1)


def kmeans(X, init_centroids, max_iters):
    C = np.array(init_centroids, dtype=float)
    for _ in range(max_iters):
        labels = _assign(X, C)
        for j in range(C.shape[0]):
            if (labels == j).any():
                C[j] = X[labels == j].mean(axis=0)
    return C, _assign(X, C)
