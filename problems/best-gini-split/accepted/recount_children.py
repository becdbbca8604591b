# The plain O(d * n**2) loop the statement says fits: both children recounted for every
# candidate, impurities compared with the stated 1e-9 tolerance.
from collections import Counter


def _g(labels):
    n = len(labels)
    return 1 - sum((c / n) ** 2 for c in Counter(labels).values())


def best_split(X, y):
    n, d = X.shape
    ys = y.tolist()
    best = (-1, float("nan"), float("nan"))
    for f in range(d):
        col = X[:, f].tolist()
        values = sorted(set(col))
        for a, b in zip(values, values[1:], strict=False):
            t = (a + b) / 2
            left = [ys[i] for i in range(n) if col[i] <= t]
            right = [ys[i] for i in range(n) if col[i] > t]
            imp = len(left) / n * _g(left) + len(right) / n * _g(right)
            if best[0] == -1 or imp < best[2] - 1e-9:
                best = (f, t, imp)
    return best
