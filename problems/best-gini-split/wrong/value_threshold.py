# verdict: Wrong Answer
# Splits at the data values themselves (x <= a) instead of the midpoints between consecutive
# distinct values: the partitions are right but every reported threshold is too low.
import numpy as np


def best_split(X, y):
    n, d = X.shape
    best = (-1, float("nan"), float("nan"))
    for f in range(d):
        values = np.unique(X[:, f])
        for t in values[:-1]:
            mask = X[:, f] <= t
            impurity = 0.0
            for side in (y[mask], y[~mask]):
                _, counts = np.unique(side, return_counts=True)
                impurity += len(side) / n * (1 - ((counts / len(side)) ** 2).sum())
            if best[0] == -1 or impurity < best[2] - 1e-9:
                best = (f, float(t), float(impurity))
    return best
