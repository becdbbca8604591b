# verdict: Wrong Answer
# Fills the first row and column as plain prefix sums, so a block there does not cut off the
# cells behind it (and its -1 even lowers the cost).
def cheapest_route(grid: list[list[int]]) -> int:
    if not grid or not grid[0]:
        return -1
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] < 0 or grid[-1][-1] < 0:
        return -1
    inf = float("inf")
    dp = [[inf] * cols for _ in range(rows)]
    dp[0][0] = grid[0][0]
    for c in range(1, cols):
        dp[0][c] = dp[0][c - 1] + grid[0][c]
    for r in range(1, rows):
        dp[r][0] = dp[r - 1][0] + grid[r][0]
    for r in range(1, rows):
        for c in range(1, cols):
            if grid[r][c] >= 0:
                dp[r][c] = min(dp[r - 1][c], dp[r][c - 1]) + grid[r][c]
    return -1 if dp[-1][-1] == inf else int(dp[-1][-1])
