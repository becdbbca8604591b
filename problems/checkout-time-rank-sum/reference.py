import math

import numpy as np


def rank_sum_test(x: np.ndarray, y: np.ndarray, continuity: bool) -> dict[str, float]:
    n, m = len(x), len(y)
    pooled = np.concatenate([np.asarray(x, dtype=float), np.asarray(y, dtype=float)])
    total = n + m
    values, inverse, counts = np.unique(pooled, return_inverse=True, return_counts=True)
    below = np.cumsum(counts) - counts
    mid_ranks = below + (counts + 1) / 2.0
    rank_sum_x = float(mid_ranks[inverse[:n]].sum())
    u = rank_sum_x - n * (n + 1) / 2.0
    mean = n * m / 2.0
    ties = float((counts.astype(np.int64) ** 3 - counts).sum())
    variance = n * m / 12.0 * ((total + 1) - ties / (total * (total - 1)))
    if variance <= 0.0:
        return {"u": u, "z": 0.0, "p_value": 1.0}
    deviation = u - mean
    if continuity:
        deviation = math.copysign(max(abs(deviation) - 0.5, 0.0), deviation)
    z = deviation / math.sqrt(variance)
    return {"u": u, "z": z, "p_value": math.erfc(abs(z) / math.sqrt(2.0))}
