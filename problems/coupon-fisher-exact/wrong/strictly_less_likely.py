# verdict: Wrong Answer
# Sums the tables strictly less likely than the observed one (P(x) < P(a)), which leaves out
# the observed table itself and its equally likely mirror images.
import math


def _log_p(row1, row2, col1, x):
    return (math.lgamma(row1 + 1) - math.lgamma(x + 1) - math.lgamma(row1 - x + 1)
            + math.lgamma(row2 + 1) - math.lgamma(col1 - x + 1) - math.lgamma(row2 - col1 + x + 1)
            - math.lgamma(row1 + row2 + 1) + math.lgamma(col1 + 1) + math.lgamma(row1 + row2 - col1 + 1))


def fisher_exact_test(table):
    (a, b), (c, d) = table
    row1, row2, col1 = a + b, c + d, a + c
    lo, hi = max(0, col1 - row2), min(row1, col1)
    logs = [_log_p(row1, row2, col1, x) for x in range(lo, hi + 1)]
    observed = logs[a - lo]
    return min(1.0, sum(math.exp(v) for v in logs if v < observed))
