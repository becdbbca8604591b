# verdict: Wrong Answer
# Subtracts in the wrong order: control change minus treated change (the sign is flipped).
import numpy as np


def diff_in_diff(unit, treated, post, y):
    y = np.asarray(y, dtype=float)
    t = np.asarray(treated) == 1
    p = np.asarray(post) == 1
    m = {}
    for g in (False, True):
        for q in (False, True):
            cell = y[(t == g) & (p == q)]
            if cell.size == 0:
                return None
            m[g, q] = cell.mean()
    return float((m[False, True] - m[False, False]) - (m[True, True] - m[True, False]))
