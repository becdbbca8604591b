import math

import numpy as np

_lgamma = np.vectorize(math.lgamma, otypes=[float])


def _log_comb(n: int, k: np.ndarray) -> np.ndarray:
    return math.lgamma(n + 1) - _lgamma(k + 1.0) - _lgamma(n - k + 1.0)


def fisher_exact_test(table: list[list[int]]) -> float:
    (a, b), (c, d) = table
    row1, row2, col1 = a + b, c + d, a + c
    total = row1 + row2
    x = np.arange(max(0, col1 - row2), min(row1, col1) + 1, dtype=float)
    log_whole = math.lgamma(total + 1) - math.lgamma(col1 + 1) - math.lgamma(total - col1 + 1)
    log_p = _log_comb(row1, x) + _log_comb(row2, col1 - x) - log_whole
    observed = log_p[int(a - x[0])]
    keep = log_p <= observed + math.log1p(1e-7)
    return min(1.0, float(np.exp(log_p[keep]).sum()))
