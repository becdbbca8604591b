import numpy as np


def outage_hotspots(X, eps, min_samples):
    n = len(X)
    squared = np.zeros((n, n))
    for t in range(X.shape[1]):
        squared += np.subtract.outer(X[:, t], X[:, t]) ** 2
    near = np.sqrt(squared) <= eps
    core = near.sum(axis=1) >= min_samples
    parent = list(range(n))

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    core_idx = np.flatnonzero(core)
    for a in core_idx:
        for b in np.flatnonzero(near[a] & core):
            ra, rb = find(int(a)), find(int(b))
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)  # the root is the lowest core index
    number = {}
    labels = [-1] * n
    for a in core_idx:  # increasing index: numbers follow the lowest core of each cluster
        root = find(int(a))
        if root not in number:
            number[root] = len(number)
        labels[a] = number[root]
    for i in np.flatnonzero(~core):
        options = [labels[c] for c in np.flatnonzero(near[i] & core)]
        if options:
            labels[i] = min(options)
    return labels
