# verdict: Wrong Answer
# Splits at the data values themselves (x <= a) instead of the midpoints between consecutive
# distinct values: the partitions and gains are right but every threshold is too low.
import numpy as np


def best_sse_split(X, y):
    n, d = X.shape
    c = y - y.mean()
    total = c.sum()
    tol = 1e-9 * max(1.0, float((c * c).sum()))
    best = None
    for f in range(d):
        order = np.argsort(X[:, f], kind="stable")
        v = X[order, f]
        s = np.cumsum(c[order])[:-1]
        k = np.arange(1, n)
        ok = v[:-1] < v[1:]
        gains = s[ok] ** 2 / k[ok] + (total - s[ok]) ** 2 / (n - k[ok]) - total ** 2 / n
        for g, t in zip(gains, v[:-1][ok]):
            if best is None or g > best[2] + tol:
                best = (f, float(t), float(g))
    return best
