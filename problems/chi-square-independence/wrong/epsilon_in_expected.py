# verdict: Wrong Answer
# Adds 1e-12 to each expected count in the denominator to guard against division by zero (the
# statement rules zero out): an expected count of 6.25e-8 makes the statistic 1.6e-5 too small.
import math

import numpy as np


def _upper_tail(dof: int, statistic: float) -> float:
    """P(X >= statistic) for a chi-square X with a whole number of degrees of freedom."""
    y = statistic / 2.0
    if y <= 0.0:
        return 1.0
    if dof % 2 == 0:
        k = np.arange(dof // 2, dtype=float)
        logs = k * math.log(y) - y - np.array([math.lgamma(v + 1.0) for v in k])
        return min(1.0, float(np.exp(logs).sum()))
    k = np.arange(1, (dof - 1) // 2 + 1, dtype=float)
    logs = (k - 0.5) * math.log(y) - y - np.array([math.lgamma(v + 0.5) for v in k])
    return min(1.0, math.erfc(math.sqrt(y)) + float(np.exp(logs).sum()))


def chi_square_independence(table: np.ndarray, yates: bool) -> dict:
    observed = np.asarray(table, dtype=float)
    r, c = observed.shape
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0)) / observed.sum()
    dof = (r - 1) * (c - 1)
    deviation = np.abs(observed - expected)
    if yates and dof == 1:
        deviation = np.maximum(deviation - 0.5, 0.0)
    statistic = float((deviation**2 / (expected + 1e-12)).sum())
    return {"statistic": statistic, "dof": dof, "p_value": _upper_tail(dof, statistic),
            "expected": expected}
