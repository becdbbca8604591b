# verdict: Wrong Answer
# Replaces the best split on equal gain too (>= instead of >), so ties go to the highest
# feature and threshold.
import numpy as np


def _h(labels):
    _, counts = np.unique(labels, return_counts=True)
    p = counts / counts.sum()
    return float(-(p * np.log2(p)).sum())


def best_entropy_split(X, y):
    n, d = X.shape
    best = (-1, float("nan"), 0.0)
    for f in range(d):
        values = np.unique(X[:, f])
        for a, b in zip(values[:-1], values[1:], strict=True):
            mask = X[:, f] <= (a + b) / 2
            gain = _h(y) - mask.sum() / n * _h(y[mask]) - (~mask).sum() / n * _h(y[~mask])
            if best[0] == -1 or gain >= best[2] - 1e-9:
                best = (f, float((a + b) / 2), gain)
    return best
