# verdict: Wrong Answer
# an int sentinel 10**7 for "unreachable", below the cost of the longest all-maximal route
def cheapest_route(grid):
    if not grid or not grid[0]:
        return -1
    R, C = len(grid), len(grid[0])
    INF = 10**7
    dp = [[INF] * C for _ in range(R)]
    for r in range(R):
        for c in range(C):
            if grid[r][c] < 0:
                continue
            if r == 0 and c == 0:
                dp[r][c] = grid[r][c]
                continue
            best = INF
            if r > 0:
                best = min(best, dp[r - 1][c])
            if c > 0:
                best = min(best, dp[r][c - 1])
            if best < INF:
                dp[r][c] = best + grid[r][c]
    return -1 if dp[-1][-1] >= INF else dp[-1][-1]
