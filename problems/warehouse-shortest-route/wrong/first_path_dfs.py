# verdict: Wrong Answer
# Explores with a stack (depth first) and returns the length of the first route it finds,
# which is not necessarily the shortest one.
def shortest_route(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    start, goal = tuple(start), tuple(goal)
    if start == goal:
        return 0
    dist = {start: 0}
    stack = [start]
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." \
                    and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                if (nr, nc) == goal:
                    return dist[(nr, nc)]
                stack.append((nr, nc))
    return -1
