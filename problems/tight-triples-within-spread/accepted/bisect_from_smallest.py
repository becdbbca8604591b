from bisect import bisect_right
def count_tight_triples(latencies, spread):
    values = sorted(latencies)
    total = 0
    for i, v in enumerate(values):
        m = bisect_right(values, v + spread) - i - 1
        total += m * (m - 1) // 2
    return total
