# verdict: Runtime Error
# Computes each tail term as y**k / k! outside log space: for the 20x19 table with a huge
# statistic, y**k overflows (OverflowError).
import math
import numpy as np
def _tail(dof, stat):
    y = stat / 2.0
    if y <= 0: return 1.0
    if dof % 2 == 0:
        return min(1.0, math.exp(-y) * sum(y ** k / math.factorial(k) for k in range(dof // 2)))
    return min(1.0, math.erfc(math.sqrt(y)) + math.exp(-y) * sum(y ** (k - 0.5) / math.gamma(k + 0.5) for k in range(1, (dof - 1) // 2 + 1)))
def chi_square_independence(table, yates):
    O = np.asarray(table, dtype=float)
    E = np.outer(O.sum(1), O.sum(0)) / O.sum()
    dof = (O.shape[0] - 1) * (O.shape[1] - 1)
    d = np.abs(O - E)
    if yates and dof == 1: d = np.maximum(d - 0.5, 0)
    s = float((d * d / E).sum())
    return {"statistic": s, "dof": dof, "p_value": _tail(dof, s), "expected": E}
