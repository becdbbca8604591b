# Vectorised with numpy; the chi-square tail is summed with the term recurrence
# t_j = t_{j-1} * y / (j + a) instead of log-space terms.
import math

import numpy as np


def split_mismatch_alarm(counts, weights, threshold):
    observed = np.asarray(counts, dtype=float)
    share = np.asarray(weights, dtype=float)
    expected = observed.sum() * share / share.sum()
    statistic = float(((observed - expected) ** 2 / expected).sum())
    dof = len(counts) - 1
    y = statistic / 2.0
    if y == 0.0:
        p = 1.0
    elif dof % 2 == 0:
        term, p = math.exp(-y), 0.0
        for j in range(dof // 2):
            if j:
                term *= y / j
            p += term
    else:
        p = math.erfc(math.sqrt(y))
        term = math.exp(-y) * math.sqrt(y) / math.gamma(1.5) if dof > 1 else 0.0
        for j in range(1, (dof + 1) // 2):
            if j > 1:
                term *= y / (j - 0.5)
            p += term
    p = min(1.0, p)
    return {"statistic": statistic, "p_value": p, "mismatch": bool(p < threshold)}
