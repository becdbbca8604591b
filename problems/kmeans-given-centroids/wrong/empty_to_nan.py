# verdict: Wrong Answer
# Updates every centroid to the mean of its points without guarding against empty clusters:
# the mean of nothing is nan.
import warnings

import numpy as np


def kmeans(X, init_centroids, max_iters):
    C = np.array(init_centroids, dtype=float)
    k = C.shape[0]
    for _ in range(max_iters):
        labels = np.argmin(((X[:, None, :] - C[None]) ** 2).sum(axis=2), axis=1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            C = np.array([X[labels == j].mean(axis=0) for j in range(k)])
    labels = np.argmin(((X[:, None, :] - C[None]) ** 2).sum(axis=2), axis=1)
    return C, labels
