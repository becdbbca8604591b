def shortest_route(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    g = tuple(goal)
    frontier = {tuple(start)}
    seen = set(frontier)
    steps = 0
    while frontier:
        if g in frontier:
            return steps
        nxt = set()
        for r, c in frontier:
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                    seen.add((nr, nc))
                    nxt.add((nr, nc))
        frontier = nxt
        steps += 1
    return -1
