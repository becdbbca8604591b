# verdict: Wrong Answer
# Sweeps every position of the sorted column, also between two equal values: the gain is that
# of a partition no threshold can make (rows with the same value split apart).
import numpy as np


def best_sse_split(X, y):
    n, d = X.shape
    c = y - y.mean()
    total = c.sum()
    tol = 1e-9 * max(1.0, float((c * c).sum()))
    best = None
    for f in range(d):
        if np.all(X[:, f] == X[0, f]):
            continue
        order = np.argsort(X[:, f], kind="stable")
        v = X[order, f]
        s = np.cumsum(c[order])[:-1]
        k = np.arange(1, n)
        gains = s ** 2 / k + (total - s) ** 2 / (n - k) - total ** 2 / n
        for g, t in zip(gains, (v[:-1] + v[1:]) / 2):
            if best is None or g > best[2] + tol:
                best = (f, float(t), float(g))
    return best
