# verdict: Wrong Answer
# Uses the lower data value itself as the threshold instead of the midpoint to the next
# distinct value: the partition is the same but the reported threshold is wrong.
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
        for t in values[:-1]:
            mask = X[:, f] <= t
            gain = _h(y) - mask.sum() / n * _h(y[mask]) - (~mask).sum() / n * _h(y[~mask])
            if best[0] == -1 or gain > best[2] + 1e-9:
                best = (f, float(t), gain)
    return best
