# verdict: Wrong Answer
# Uses r * c - 1 degrees of freedom (a goodness-of-fit count) instead of (r - 1) * (c - 1).
import math

import numpy as np


def chi_square_independence(table, yates):
    observed = table.astype(float)
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0)) / observed.sum()
    dof = observed.size - 1
    deviation = np.abs(observed - expected)
    if yates and observed.shape == (2, 2):
        deviation = np.maximum(deviation - 0.5, 0)
    statistic = float((deviation**2 / expected).sum())
    y = statistic / 2
    if y == 0:
        return {"statistic": 0.0, "dof": dof, "p_value": 1.0, "expected": expected}
    if dof % 2 == 0:
        p = sum(math.exp(k * math.log(y) - y - math.lgamma(k + 1)) for k in range(dof // 2))
    else:
        p = math.erfc(math.sqrt(y)) + sum(
            math.exp((k - 0.5) * math.log(y) - y - math.lgamma(k + 0.5))
            for k in range(1, (dof - 1) // 2 + 1))
    return {"statistic": statistic, "dof": dof, "p_value": min(p, 1.0), "expected": expected}
