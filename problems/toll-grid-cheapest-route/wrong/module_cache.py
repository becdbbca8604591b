# verdict: Wrong Answer
# a module-level memo keyed on (r, c) that outlives one call
import sys
_memo = {}
def cheapest_route(grid):
    if not grid or not grid[0]:
        return -1
    R, C = len(grid), len(grid[0])
    INF = float("inf")
    for r in range(R):
        for c in range(C):
            if grid[r][c] < 0:
                _memo[(r, c)] = INF
            elif r == 0 and c == 0:
                _memo[(r, c)] = grid[r][c]
            elif (r, c) not in _memo:
                _memo[(r, c)] = grid[r][c] + min(_memo.get((r - 1, c), INF), _memo.get((r, c - 1), INF))
    a = _memo[(R - 1, C - 1)]
    return -1 if a == INF else a
