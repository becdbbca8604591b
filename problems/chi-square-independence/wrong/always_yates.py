# verdict: Wrong Answer
# Applies the Yates correction whenever the flag is set, also to tables larger than 2x2.
import math

import numpy as np


def _upper_tail(dof, statistic):
    y = statistic / 2
    if y <= 0:
        return 1.0
    if dof % 2 == 0:
        return math.exp(-y) * sum(y**k / math.factorial(k) for k in range(dof // 2))
    return math.erfc(math.sqrt(y)) + sum(
        math.exp((k - 0.5) * math.log(y) - y - math.lgamma(k + 0.5))
        for k in range(1, (dof - 1) // 2 + 1))


def chi_square_independence(table, yates):
    observed = table.astype(float)
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0)) / observed.sum()
    dof = (observed.shape[0] - 1) * (observed.shape[1] - 1)
    deviation = np.abs(observed - expected)
    if yates:
        deviation = np.maximum(deviation - 0.5, 0)
    statistic = float((deviation**2 / expected).sum())
    return {"statistic": statistic, "dof": dof, "p_value": _upper_tail(dof, statistic),
            "expected": expected}
