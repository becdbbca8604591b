# verdict: Wrong Answer
# bisect_left instead of bisect_right: a partner costing exactly budget - x is not counted.
from bisect import bisect_left
def count_pairs_within(costs, budget):
    v = sorted(costs)
    total = 0
    for i, x in enumerate(v):
        total += max(0, bisect_left(v, budget - x, i + 1) - (i + 1))
    return total
