# verdict: Wrong Answer
# Sums only the lower tail P(X <= a): a one-sided p-value.
import math


def _log_p(row1, row2, col1, x):
    return (math.lgamma(row1 + 1) - math.lgamma(x + 1) - math.lgamma(row1 - x + 1)
            + math.lgamma(row2 + 1) - math.lgamma(col1 - x + 1) - math.lgamma(row2 - col1 + x + 1)
            - math.lgamma(row1 + row2 + 1) + math.lgamma(col1 + 1) + math.lgamma(row1 + row2 - col1 + 1))


def fisher_exact_test(table):
    (a, b), (c, d) = table
    row1, row2, col1 = a + b, c + d, a + c
    lo = max(0, col1 - row2)
    return min(1.0, sum(math.exp(_log_p(row1, row2, col1, x)) for x in range(lo, a + 1)))
