from itertools import accumulate
from operator import add


def min_comparisons(hits: list[int], misses: list[int]) -> int:
    # key_sum[j] - key_sum[i]: hits of keys i..j-1; gap_sum[j + 1] - gap_sum[i]: misses of gaps i..j
    key_sum = list(accumulate(hits, initial=0))
    gap_sum = list(accumulate(misses, initial=0))
    # cost[i][m]: cheapest subtree for the m keys i..i+m-1 (m = 0: an empty subtree, no cost);
    # ending[j][m]: the same for the m keys j-m..j-1, so both sides of a root are read in order
    cost = [[0] for _ in misses]
    ending = [[0] for _ in misses]
    for length in range(1, len(misses)):
        for i in range(len(misses) - length):
            j = i + length
            # root r = i + m: left keys i..r-1 (cost[i][m]), right keys r+1..j-1
            # (ending[j][length - 1 - m]); both lists hold exactly `length` entries here
            split = min(map(add, cost[i], reversed(ending[j])))
            weight = key_sum[j] - key_sum[i] + gap_sum[j + 1] - gap_sum[i]
            cost[i].append(split + weight)
            ending[j].append(split + weight)
    return cost[0][-1]
