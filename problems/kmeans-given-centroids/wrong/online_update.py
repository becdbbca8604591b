# verdict: Wrong Answer
# Moves each centroid as soon as a point is assigned (an online / MacQueen-style update inside
# the assignment loop) instead of assigning every point first and then updating.
import numpy as np


def kmeans(X, init_centroids, max_iters):
    C = np.array(init_centroids, dtype=float)
    for _ in range(max_iters):
        counts = np.zeros(C.shape[0])
        sums = np.zeros_like(C)
        for point in X:
            j = int(np.argmin(((C - point) ** 2).sum(axis=1)))
            counts[j] += 1
            sums[j] += point
            C[j] = sums[j] / counts[j]
    labels = np.argmin(((X[:, None, :] - C[None]) ** 2).sum(axis=2), axis=1)
    return C, labels
