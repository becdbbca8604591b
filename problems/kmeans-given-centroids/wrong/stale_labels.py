# verdict: Wrong Answer
# Returns the labels of the last assignment step, computed before the final update, instead
# of assigning the points to the returned centroids.
import numpy as np


def kmeans(X, init_centroids, max_iters):
    C = np.array(init_centroids, dtype=float)
    labels = np.argmin(((X[:, None, :] - C[None]) ** 2).sum(axis=2), axis=1)
    for _ in range(max_iters):
        labels = np.argmin(((X[:, None, :] - C[None]) ** 2).sum(axis=2), axis=1)
        for j in range(C.shape[0]):
            if (labels == j).any():
                C[j] = X[labels == j].mean(axis=0)
    return C, labels
