# verdict: Time Limit Exceeded
# Correct, but recomputes both children's SSE with a fresh mask for every candidate threshold:
# O(d * n**2), far too slow for n = 20000 and 8 features.
import numpy as np


def best_sse_split(X, y):
    n, d = X.shape
    y = y - y.mean()
    total_sse = float((y * y).sum())
    tol = 1e-9 * max(1.0, total_sse)
    best = None
    for f in range(d):
        values = np.unique(X[:, f])
        for a, b in zip(values[:-1], values[1:]):
            t = (a + b) / 2
            mask = X[:, f] <= t
            left, right = y[mask], y[~mask]
            sse = ((left - left.mean()) ** 2).sum() + ((right - right.mean()) ** 2).sum()
            gain = total_sse - sse
            if best is None or gain > best[2] + tol:
                best = (f, float(t), float(gain))
    return best
