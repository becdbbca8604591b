from bisect import bisect_right
def count_pairs_within(costs, budget):
    v = sorted(costs)
    ordered = sum(bisect_right(v, budget - x) for x in v)
    selfs = sum(1 for x in v if 2 * x <= budget)
    return (ordered - selfs) // 2
