# verdict: Runtime Error
# Top-down recursion with lru_cache and a raised recursion limit: 2 * 10**5 nested calls
# through the C-level cache wrapper overflow the stack.
import sys
from functools import lru_cache
sys.setrecursionlimit(10**6)
def cheapest_stops(fees):
    n = len(fees)
    @lru_cache(maxsize=None)
    def best(i):  # cheapest cost from position i (already paid) to the end
        if i + 3 >= n + 0 and i >= n - 3:
            return 0
        return min(fees[j] + best(j) for j in range(i + 1, min(i + 4, n)))
    return best(-1)
