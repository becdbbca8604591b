# verdict: Wrong Answer
# Ranks the pooled values 1..N by a stable sort instead of giving tied values their mid-rank,
# so a tie between x and y counts wholly for whichever sample came first.
import math

import numpy as np


def rank_sum_test(x, y, continuity):
    n, m = len(x), len(y)
    pooled = np.concatenate([np.asarray(x, float), np.asarray(y, float)])
    ranks = np.empty(n + m)
    ranks[np.argsort(pooled, kind="stable")] = np.arange(1, n + m + 1)
    u = float(ranks[:n].sum()) - n * (n + 1) / 2.0
    _, counts = np.unique(pooled, return_counts=True)
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
