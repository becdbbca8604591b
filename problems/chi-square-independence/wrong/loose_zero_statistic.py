# verdict: Wrong Answer
# Treats a statistic below 1e-6 as zero and returns p = 1: a 2x2 table of counts near 1e6
# has a statistic of 2.5e-7 and p = 0.99960.
import math
import numpy as np
def _tail(dof, stat):
    y = stat / 2.0
    if stat < 1e-6: return 1.0
    if dof % 2 == 0:
        return min(1.0, sum(math.exp(k * math.log(y) - y - math.lgamma(k + 1)) for k in range(dof // 2)))
    return min(1.0, math.erfc(math.sqrt(y)) + sum(math.exp((k - 0.5) * math.log(y) - y - math.lgamma(k + 0.5)) for k in range(1, (dof - 1) // 2 + 1)))
def chi_square_independence(table, yates):
    O = np.asarray(table, dtype=float)
    E = np.outer(O.sum(1), O.sum(0)) / O.sum()
    dof = (O.shape[0] - 1) * (O.shape[1] - 1)
    d = np.abs(O - E)
    if yates and dof == 1: d = np.maximum(d - 0.5, 0)
    s = float((d * d / E).sum())
    return {"statistic": s, "dof": dof, "p_value": _tail(dof, s), "expected": E}
