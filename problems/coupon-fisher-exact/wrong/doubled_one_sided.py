# verdict: Wrong Answer
# Doubles the smaller one-sided p-value (capped at 1) instead of summing the tables that are
# at most as likely as the observed one: the two differ when the distribution is skewed.
import math


def _log_p(row1, row2, col1, x):
    return (math.lgamma(row1 + 1) - math.lgamma(x + 1) - math.lgamma(row1 - x + 1)
            + math.lgamma(row2 + 1) - math.lgamma(col1 - x + 1) - math.lgamma(row2 - col1 + x + 1)
            - math.lgamma(row1 + row2 + 1) + math.lgamma(col1 + 1) + math.lgamma(row1 + row2 - col1 + 1))


def fisher_exact_test(table):
    (a, b), (c, d) = table
    row1, row2, col1 = a + b, c + d, a + c
    lo, hi = max(0, col1 - row2), min(row1, col1)
    lower = sum(math.exp(_log_p(row1, row2, col1, x)) for x in range(lo, a + 1))
    upper = sum(math.exp(_log_p(row1, row2, col1, x)) for x in range(a, hi + 1))
    return min(1.0, 2.0 * min(lower, upper))
