# verdict: Wrong Answer
# Keeps a candidate when it is no worse than the best so far (<= instead of <), so ties go
# to the highest feature and threshold instead of the lowest.
import numpy as np


def best_split(X, y):
    n, d = X.shape
    best = (-1, float("nan"), float("nan"))
    for f in range(d):
        values = np.unique(X[:, f])
        for a, b in zip(values[:-1], values[1:], strict=True):
            t = (a + b) / 2
            mask = X[:, f] <= t
            impurity = 0.0
            for side in (y[mask], y[~mask]):
                _, counts = np.unique(side, return_counts=True)
                impurity += len(side) / n * (1 - ((counts / len(side)) ** 2).sum())
            if best[0] == -1 or impurity <= best[2] + 1e-9:
                best = (f, float(t), float(impurity))
    return best
