# verdict: Wrong Answer
# bisect_left at the upper bound drops readings equal to smallest + spread
from bisect import bisect_left
def count_tight_triples(latencies, spread):
    values = sorted(latencies)
    total = 0
    for i, v in enumerate(values):
        m = bisect_left(values, v + spread) - i - 1
        if m >= 2:
            total += m * (m - 1) // 2
    return total
