# verdict: Wrong Answer
# Reports U for y (R_y - m(m + 1)/2 = n·m - u), so u and the sign of z are those of the other
# sample; the p-value alone would still be right.
import math

import numpy as np


def rank_sum_test(x, y, continuity):
    n, m = len(x), len(y)
    pooled = np.concatenate([np.asarray(x, float), np.asarray(y, float)])
    _, inverse, counts = np.unique(pooled, return_inverse=True, return_counts=True)
    mid = np.cumsum(counts) - counts + (counts + 1) / 2.0
    u = float(mid[inverse[n:]].sum()) - m * (m + 1) / 2.0
    total = n + m
    ties = float((counts.astype(np.int64) ** 3 - counts).sum())
    variance = n * m / 12.0 * ((total + 1) - ties / (total * (total - 1)))
    if variance <= 0.0:
        return {"u": u, "z": 0.0, "p_value": 1.0}
    d = u - n * m / 2.0
    if continuity:
        d = math.copysign(max(abs(d) - 0.5, 0.0), d)
    z = d / math.sqrt(variance)
    return {"u": u, "z": z, "p_value": math.erfc(abs(z) / math.sqrt(2.0))}
