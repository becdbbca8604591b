# verdict: Wrong Answer
# Uses (|O - E| - 0.5)**2 without stopping at zero, so a deviation of 0.2 counts as 0.3.
import math

import numpy as np


def chi_square_independence(table, yates):
    observed = table.astype(float)
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0)) / observed.sum()
    r, c = observed.shape
    dof = (r - 1) * (c - 1)
    deviation = np.abs(observed - expected)
    if yates and dof == 1:
        deviation = deviation - 0.5
    statistic = float((deviation**2 / expected).sum())
    y = statistic / 2
    if dof % 2 == 0:
        p = sum(math.exp(k * math.log(y) - y - math.lgamma(k + 1)) for k in range(dof // 2))
    else:
        p = math.erfc(math.sqrt(y)) + sum(
            math.exp((k - 0.5) * math.log(y) - y - math.lgamma(k + 0.5))
            for k in range(1, (dof - 1) // 2 + 1))
    return {"statistic": statistic, "dof": dof, "p_value": min(p, 1.0), "expected": expected}
