# verdict: Wrong Answer
# Marks a non-core report as noise when the scan visits it and only labels unvisited
# reports while growing a cluster, so a border report with a lower index than its core
# reports stays noise.
import numpy as np


def outage_hotspots(X, eps, min_samples):
    n = len(X)
    near = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2) <= eps * eps
    core = near.sum(axis=1) >= min_samples
    labels = [-1] * n
    visited = [False] * n
    cluster = 0
    for i in range(n):
        if visited[i]:
            continue
        visited[i] = True
        if not core[i]:
            labels[i] = -1  # noise
            continue
        labels[i] = cluster
        queue = [i]
        while queue:
            p = queue.pop()
            for q in np.flatnonzero(near[p]):
                if not visited[q]:
                    visited[q] = True
                    labels[q] = cluster
                    if core[q]:
                        queue.append(q)
        cluster += 1
    return labels
