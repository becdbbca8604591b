# verdict: Wrong Answer
# Compares float impurities with a bare `<`: two mathematically equal impurities computed from
# different counts can differ in the last bit, and a later candidate then wins the tie.
import numpy as np


def best_split(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n, d = X.shape
    best = (-1, float("nan"), float("nan"))
    best_impurity = None
    for f in range(d):
        values = np.unique(X[:, f])
        for a, b in zip(values[:-1], values[1:]):
            t = (a + b) / 2
            mask = X[:, f] <= t
            impurity = 0.0
            for part in (y[mask], y[~mask]):
                _, counts = np.unique(part, return_counts=True)
                p = counts / len(part)
                impurity += len(part) / n * (1 - np.sum(p * p))
            if best_impurity is None or impurity < best_impurity:
                best_impurity = impurity
                best = (f, float(t), float(impurity))
    return best
