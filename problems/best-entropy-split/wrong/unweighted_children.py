# verdict: Wrong Answer
# Averages the two children's entropies equally instead of weighting them by their sizes.
import numpy as np


def _h(labels):
    _, counts = np.unique(labels, return_counts=True)
    p = counts / counts.sum()
    return float(-(p * np.log2(p)).sum())


def best_entropy_split(X, y):
    d = X.shape[1]
    best = (-1, float("nan"), 0.0)
    for f in range(d):
        values = np.unique(X[:, f])
        for a, b in zip(values[:-1], values[1:], strict=True):
            mask = X[:, f] <= (a + b) / 2
            gain = _h(y) - (_h(y[mask]) + _h(y[~mask])) / 2
            if best[0] == -1 or gain > best[2] + 1e-9:
                best = (f, float((a + b) / 2), gain)
    return best
