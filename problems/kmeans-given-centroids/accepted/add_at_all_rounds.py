# All max_iters rounds with no early stop; the centroid sums by np.add.at and the counts by
# bincount, empty clusters left where they are.
import numpy as np


def kmeans(X, init_centroids, max_iters):
    C = np.array(init_centroids, dtype=float)
    k = len(C)

    def assign(C):
        return np.argmin(((X[:, None, :] - C[None]) ** 2).sum(axis=2), axis=1)

    for _ in range(max_iters):
        labels = assign(C)
        sums = np.zeros_like(C)
        np.add.at(sums, labels, X)
        counts = np.bincount(labels, minlength=k)
        filled = counts > 0
        C[filled] = sums[filled] / counts[filled, None]
    return C, assign(C)
