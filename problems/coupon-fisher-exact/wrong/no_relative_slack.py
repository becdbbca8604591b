# verdict: Wrong Answer
# Compares log P(x) <= log P(a) with no slack: where rounding puts an equally likely table a
# few ulps above the observed one (here 203 of 406 customers with margins 253 and 203), that
# table is left out.
import math

import numpy as np


def _log_comb(n, k):
    lg = np.vectorize(math.lgamma, otypes=[float])
    return math.lgamma(n + 1) - lg(k + 1.0) - lg(n - k + 1.0)


def fisher_exact_test(table):
    (a, b), (c, d) = table
    row1, row2, col1 = a + b, c + d, a + c
    x = np.arange(max(0, col1 - row2), min(row1, col1) + 1, dtype=float)
    log_p = _log_comb(row1, x) + _log_comb(row2, col1 - x) - _log_comb(row1 + row2, np.array([col1]))[0]
    observed = log_p[int(a - x[0])]
    return min(1.0, float(np.exp(log_p[log_p <= observed]).sum()))
