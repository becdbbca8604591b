# verdict: Wrong Answer
# Compares gains exactly, with no tie tolerance: of two mathematically equal gains computed with
# different rounding, the later one can win.
import math
from collections import Counter


def _h(labels):
    n = len(labels)
    return -sum(c / n * math.log2(c / n) for c in Counter(labels).values())


def best_entropy_split(X, y):
    n, d = X.shape
    ys = y.tolist()
    parent = _h(ys)
    best = (-1, float("nan"), 0.0)
    for f in range(d):
        col = X[:, f].tolist()
        values = sorted(set(col))
        for a, b in zip(values, values[1:], strict=False):
            t = (a + b) / 2
            left = [ys[i] for i in range(n) if col[i] <= t]
            right = [ys[i] for i in range(n) if col[i] > t]
            gain = parent - len(left) / n * _h(left) - len(right) / n * _h(right)
            if best[0] == -1 or gain > best[2]:
                best = (f, t, gain)
    return best
