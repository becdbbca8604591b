# verdict: Wrong Answer
# Right centroids and labels, but `np.asarray` of a float64 array is the array itself: the
# updates move the caller's `init_centroids` (the statement says not to modify the input).
import numpy as np


def _assign(X, C):
    squared = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
    return np.argmin(squared, axis=1)


def kmeans(X, init_centroids, max_iters):
    X = np.asarray(X, dtype=float)
    C = np.asarray(init_centroids, dtype=float)
    previous = None
    for _ in range(max_iters):
        labels = _assign(X, C)
        if previous is not None and np.array_equal(labels, previous):
            break
        for j in range(C.shape[0]):
            members = X[labels == j]
            if len(members):
                C[j] = members.mean(axis=0)
        previous = labels
    return C, _assign(X, C)
