def cheapest_route(grid: list[list[int]]) -> int:
    if not grid or not grid[0]:
        return -1
    cols = len(grid[0])
    inf = float("inf")
    best = [inf] * cols  # best[c]: cheapest cost to reach (current row, c)
    for r, row in enumerate(grid):
        left = inf
        for c in range(cols):
            toll = row[c]
            if toll < 0:
                left = inf
            else:
                if r == 0 and c == 0:
                    left = toll
                else:
                    up = best[c]
                    left = (up if up < left else left) + toll
            best[c] = left
    answer = best[-1]
    return -1 if answer == inf else int(answer)
