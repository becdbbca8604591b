# verdict: Wrong Answer
# Computes SSE as sum(y**2) - sum(y)**2 / n on the raw targets: with every target near 998 the
# cancellation leaves rounding noise larger than the tie tolerance, and a constant target
# 999.99 gets "gains" that are pure noise, so the wrong threshold wins.
import numpy as np


def best_sse_split(X, y):
    n, d = X.shape
    total, total_sq = y.sum(), (y * y).sum()
    sse_all = total_sq - total ** 2 / n
    tol = 1e-9 * max(1.0, sse_all)
    best = None
    for f in range(d):
        order = np.argsort(X[:, f], kind="stable")
        v, ys = X[order, f], y[order]
        s, q = np.cumsum(ys)[:-1], np.cumsum(ys * ys)[:-1]
        k = np.arange(1, n)
        sse = (q - s ** 2 / k) + ((total_sq - q) - (total - s) ** 2 / (n - k))
        ok = v[:-1] < v[1:]
        for e, t in zip(sse[ok], ((v[:-1] + v[1:]) / 2)[ok]):
            g = sse_all - e
            if best is None or g > best[2] + tol:
                best = (f, float(t), float(g))
    return best
