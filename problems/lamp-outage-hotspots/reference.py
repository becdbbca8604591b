import numpy as np


def outage_hotspots(X: np.ndarray, eps: float, min_samples: int) -> list[int]:
    n = X.shape[0]
    squared = np.zeros((n, n))
    for t in range(X.shape[1]):
        squared += (X[:, t, None] - X[None, :, t]) ** 2
    near = squared <= eps * eps  # whole-number coordinates, eps a multiple of 1/4: exact
    core = near.sum(axis=1) >= min_samples  # the point itself is one of its neighbours
    labels = np.full(n, -1)
    cluster = 0
    for i in range(n):
        if not core[i] or labels[i] != -1:
            continue
        labels[i] = cluster
        stack = [i]
        while stack:
            p = stack.pop()
            for q in np.flatnonzero(near[p] & (labels == -1)):
                labels[q] = cluster
                if core[q]:
                    stack.append(q)  # only core points spread the cluster
        cluster += 1
    return labels.tolist()
