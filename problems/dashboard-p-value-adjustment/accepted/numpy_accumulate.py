import numpy as np


def adjust_p_values(p_values, method):
    p = np.asarray(p_values, dtype=float)
    m = p.size
    if m == 0:
        return []
    if method == "bonferroni":
        return np.minimum(1.0, m * p).tolist()
    order = np.argsort(p, kind="stable")
    ranked = p[order]
    ranks = np.arange(1, m + 1)
    if method == "holm":
        adjusted = np.maximum.accumulate((m - ranks + 1) * ranked)
    else:
        adjusted = np.minimum.accumulate((ranked * m / ranks)[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(1.0, adjusted)
    return out.tolist()
