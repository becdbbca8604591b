# verdict: Wrong Answer
# Returns the node's own impurity with feature 0 when no split exists, instead of the stated
# (-1, nan, nan).
import numpy as np


def best_split(X, y):
    n, d = X.shape
    best = None
    for f in range(d):
        values = np.unique(X[:, f])
        for a, b in zip(values[:-1], values[1:], strict=True):
            t = (a + b) / 2
            mask = X[:, f] <= t
            impurity = 0.0
            for side in (y[mask], y[~mask]):
                _, counts = np.unique(side, return_counts=True)
                impurity += len(side) / n * (1 - ((counts / len(side)) ** 2).sum())
            if best is None or impurity < best[2] - 1e-9:
                best = (f, float(t), float(impurity))
    if best is None:
        _, counts = np.unique(y, return_counts=True)
        return 0, float(X[0, 0]), float(1 - ((counts / n) ** 2).sum())
    return best
