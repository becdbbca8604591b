import math
from bisect import bisect_left, bisect_right
from collections import Counter


def rank_sum_test(x, y, continuity):
    n, m = len(x), len(y)
    ys = sorted(float(v) for v in y)
    u = 0.0
    for v in x:
        v = float(v)
        lo = bisect_left(ys, v)
        u += lo + 0.5 * (bisect_right(ys, v) - lo)
    counts = Counter(float(v) for v in x)
    counts.update(float(v) for v in y)
    total = n + m
    ties = sum(t * t * t - t for t in counts.values())
    variance = n * m / 12.0 * ((total + 1) - ties / (total * (total - 1)))
    if variance <= 0:
        return {"u": u, "z": 0.0, "p_value": 1.0}
    d = u - n * m / 2.0
    if continuity:
        d = math.copysign(max(abs(d) - 0.5, 0.0), d)
    z = d / math.sqrt(variance)
    return {"u": u, "z": z, "p_value": math.erfc(abs(z) / math.sqrt(2.0))}
