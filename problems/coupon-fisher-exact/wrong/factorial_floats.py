# verdict: Runtime Error
# Builds each binomial coefficient as factorial(n) / (factorial(k) * factorial(n - k)): the
# true division of the exact integers must fit a float, and C(2000, 1000) ~ 2e600 does not
# (OverflowError: integer division result too large for a float).
import math


def _comb(n, k):
    return math.factorial(n) / (math.factorial(k) * math.factorial(n - k))


def fisher_exact_test(table):
    (a, b), (c, d) = table
    row1, row2, col1 = a + b, c + d, a + c
    lo, hi = max(0, col1 - row2), min(row1, col1)
    whole = _comb(row1 + row2, col1)
    probs = [_comb(row1, x) * _comb(row2, col1 - x) / whole for x in range(lo, hi + 1)]
    observed = probs[a - lo]
    return min(1.0, sum(p for p in probs if p <= observed * (1 + 1e-7)))
