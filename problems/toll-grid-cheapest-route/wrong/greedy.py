# verdict: Wrong Answer
# greedy walk to the cheaper open neighbour
def cheapest_route(grid):
    if not grid or not grid[0] or grid[0][0] < 0:
        return -1
    R, C = len(grid), len(grid[0])
    r = c = 0
    total = grid[0][0]
    while (r, c) != (R - 1, C - 1):
        opts = []
        if r + 1 < R and grid[r + 1][c] >= 0:
            opts.append((grid[r + 1][c], r + 1, c))
        if c + 1 < C and grid[r][c + 1] >= 0:
            opts.append((grid[r][c + 1], r, c + 1))
        if not opts:
            return -1
        t, r, c = min(opts)
        total += t
    return total
