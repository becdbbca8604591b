def cheapest_route(grid):
    if not grid or not grid[0]:
        return -1
    INF = float("inf")
    R, C = len(grid), len(grid[0])
    cost = [row[:] for row in grid]
    for r in range(R):
        for c in range(C):
            if cost[r][c] < 0:
                cost[r][c] = INF
            elif r or c:
                up = cost[r - 1][c] if r else INF
                left = cost[r][c - 1] if c else INF
                cost[r][c] += min(up, left)
    a = cost[-1][-1]
    return -1 if a == INF else a
