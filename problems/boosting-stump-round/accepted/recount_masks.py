# Recomputes both leaves' SSE with a mask for every candidate: O(d * n**2), fine at n = 2000.
import numpy as np


def boost_round(X, y, F, learning_rate):
    n, d = X.shape
    r = y - F
    c = r - r.mean()
    tol = 1e-9 * max(1.0, float(c @ c))
    best = None  # (error, feature, threshold)
    for f in range(d):
        values = np.unique(X[:, f])
        for a, b in zip(values[:-1], values[1:]):
            t = (a + b) / 2
            m = X[:, f] <= t
            err = ((c[m] - c[m].mean()) ** 2).sum() + ((c[~m] - c[~m].mean()) ** 2).sum()
            if best is None or err < best[0] - tol:
                best = (err, f, t)
    if best is None:
        return F + learning_rate * np.full(n, r.mean())
    _, f, t = best
    m = X[:, f] <= t
    pred = np.empty(n)
    pred[m], pred[~m] = r[m].mean(), r[~m].mean()
    return F + learning_rate * pred
