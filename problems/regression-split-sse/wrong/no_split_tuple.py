# verdict: Wrong Answer
# Returns (-1, nan, nan) when no split exists instead of the stated None.
import numpy as np


def best_sse_split(X, y):
    n, d = X.shape
    c = y - y.mean()
    total = c.sum()
    tol = 1e-9 * max(1.0, float((c * c).sum()))
    best = (-1, float("nan"), float("nan"))
    for f in range(d):
        order = np.argsort(X[:, f], kind="stable")
        v = X[order, f]
        s = np.cumsum(c[order])[:-1]
        k = np.arange(1, n)
        ok = v[:-1] < v[1:]
        gains = s[ok] ** 2 / k[ok] + (total - s[ok]) ** 2 / (n - k[ok]) - total ** 2 / n
        for g, t in zip(gains, ((v[:-1] + v[1:]) / 2)[ok]):
            if best[0] == -1 or g > best[2] + tol:
                best = (f, float(t), float(g))
    return best
