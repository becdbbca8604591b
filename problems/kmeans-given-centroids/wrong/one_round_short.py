# verdict: Wrong Answer
# Runs max_iters - 1 update rounds, counting the final assignment as a round.
import numpy as np


def kmeans(X, init_centroids, max_iters):
    C = np.array(init_centroids, dtype=float)

    def assign(C):
        return np.argmin(((X[:, None, :] - C[None]) ** 2).sum(axis=2), axis=1)

    for _ in range(max(max_iters - 1, 0)):
        labels = assign(C)
        for j in range(len(C)):
            if (labels == j).any():
                C[j] = X[labels == j].mean(axis=0)
    return C, assign(C)
