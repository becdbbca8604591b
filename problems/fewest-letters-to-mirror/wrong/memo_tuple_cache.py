# verdict: Memory Limit Exceeded
# The right recurrence, memoised with lru_cache: about n^2/2 cached (i, j) keys, each a
# key object, two int objects and a dict slot, need far more than the 256 MiB allowed at
# n = 2000 (a list-of-lists table of the same values takes under 100 MiB).
import sys
from functools import lru_cache


def fewest_insertions(motto):
    sys.setrecursionlimit(10000)

    @lru_cache(maxsize=None)
    def need(i, j):
        if i >= j:
            return 0
        if motto[i] == motto[j]:
            return need(i + 1, j - 1)
        return 1 + min(need(i + 1, j), need(i, j - 1))

    return need(0, len(motto) - 1)
