# verdict: Wrong Answer
# Ignores the period: compares treated and control over all days, which mixes the
# pre-existing gap between the groups into the "effect".
import numpy as np


def diff_in_diff(unit, treated, post, y):
    y = np.asarray(y, dtype=float)
    t = np.asarray(treated) == 1
    p = np.asarray(post) == 1
    for g in (False, True):
        for q in (False, True):
            if not np.any((t == g) & (p == q)):
                return None
    return float(y[t].mean() - y[~t].mean())
