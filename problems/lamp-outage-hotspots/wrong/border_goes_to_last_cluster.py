# verdict: Wrong Answer
# Lets a later cluster take over a border report that an earlier cluster already
# labelled (only core reports keep their first label).
import numpy as np


def _near(X, eps):
    diff = X[:, None, :] - X[None, :, :]
    return (diff ** 2).sum(axis=2) <= eps * eps


def outage_hotspots(X, eps, min_samples):
    n = len(X)
    near = _near(X, eps)
    core = near.sum(axis=1) >= min_samples
    labels = np.full(n, -1)
    cluster = 0
    for i in range(n):
        if not core[i] or labels[i] != -1:
            continue
        labels[i] = cluster
        stack = [i]
        while stack:
            p = stack.pop()
            for q in np.flatnonzero(near[p] & ((labels == -1) | ~core)):
                labels[q] = cluster
                if core[q]:
                    stack.append(q)
        cluster += 1
    return labels
