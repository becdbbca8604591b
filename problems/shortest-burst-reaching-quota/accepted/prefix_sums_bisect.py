from bisect import bisect_right
from itertools import accumulate
def shortest_burst(amounts, quota):
    p = [0, *accumulate(amounts)]
    best = 0
    for r in range(1, len(p)):
        l = bisect_right(p, p[r] - quota) - 1
        if l >= 0:
            if best == 0 or r - l < best:
                best = r - l
    return best
