# verdict: Wrong Answer
# Counts the cells on the route (start included) instead of the moves: one too many.
from collections import deque


def shortest_route(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    start, goal = tuple(start), tuple(goal)
    dist = {start: 1}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if (r, c) == goal:
            return dist[(r, c)]
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." \
                    and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return -1
