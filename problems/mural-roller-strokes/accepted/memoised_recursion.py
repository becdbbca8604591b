# Top-down: the same recurrence as the table, memoised on the stretch.
from functools import lru_cache


def fewest_strokes(pattern):
    @lru_cache(maxsize=None)
    def solve(i, j):
        if i > j:
            return 0
        best = solve(i + 1, j) + 1
        for k in range(i + 1, j + 1):
            if pattern[k] == pattern[i]:
                best = min(best, solve(i + 1, k - 1) + solve(k, j))
        return best
    return solve(0, len(pattern) - 1)
