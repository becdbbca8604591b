# verdict: Time Limit Exceeded
# Counts U over all n·m pairs: 10**10 comparisons at the largest size.
import math
from collections import Counter


def rank_sum_test(x, y, continuity):
    n, m = len(x), len(y)
    xs = [float(v) for v in x]
    ys = [float(v) for v in y]
    u = 0.0
    for a in xs:
        for b in ys:
            if a > b:
                u += 1.0
            elif a == b:
                u += 0.5
    counts = Counter(xs)
    counts.update(ys)
    total = n + m
    ties = sum(t ** 3 - t for t in counts.values())
    variance = n * m / 12.0 * ((total + 1) - ties / (total * (total - 1)))
    if variance <= 0.0:
        return {"u": u, "z": 0.0, "p_value": 1.0}
    d = u - n * m / 2.0
    if continuity:
        d = math.copysign(max(abs(d) - 0.5, 0.0), d)
    z = d / math.sqrt(variance)
    return {"u": u, "z": z, "p_value": math.erfc(abs(z) / math.sqrt(2.0))}
