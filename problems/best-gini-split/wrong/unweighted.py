# verdict: Wrong Answer
# Averages the two children's Gini impurities without weighting them by their sizes.
import numpy as np


def best_split(X, y):
    n, d = X.shape
    best = (-1, float("nan"), float("nan"))
    for f in range(d):
        values = np.unique(X[:, f])
        for a, b in zip(values[:-1], values[1:], strict=True):
            t = (a + b) / 2
            mask = X[:, f] <= t
            ginis = []
            for side in (y[mask], y[~mask]):
                _, counts = np.unique(side, return_counts=True)
                ginis.append(1 - ((counts / len(side)) ** 2).sum())
            impurity = (ginis[0] + ginis[1]) / 2
            if best[0] == -1 or impurity < best[2] - 1e-9:
                best = (f, float(t), float(impurity))
    return best
