# verdict: Wrong Answer
# Forgets the learning rate: adds the whole stump to F.
import numpy as np


def boost_round(X, y, F, learning_rate):
    n, d = X.shape
    r = (y - F).tolist()
    mean = sum(r) / n
    c = [v - mean for v in r]
    tol = 1e-9 * max(1.0, sum(v * v for v in c))
    best = None  # (gain, feature, threshold)
    for f in range(d):
        col = X[:, f].tolist()
        order = sorted(range(n), key=col.__getitem__)
        s = 0.0
        for i in range(n - 1):
            s += c[order[i]]
            a, b = col[order[i]], col[order[i + 1]]
            if a == b:
                continue
            k = i + 1
            gain = s * s / k + s * s / (n - k)
            if best is None or gain > best[0] + tol:
                best = (gain, f, (a + b) / 2)
    r = np.asarray(r)
    if best is None:
        return F + r.mean()
    _, f, t = best
    left = X[:, f] <= t
    return F + np.where(left, r[left].mean(), r[~left].mean())
