# verdict: Wrong Answer
# checks only the upper bounds, so index -1 wraps to the far row or column
from collections import deque
def shortest_route(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    s, g = tuple(start), tuple(goal)
    dist = {s: 0}
    q = deque([s])
    while q:
        r, c = q.popleft()
        if (r, c) == g:
            return dist[(r, c)]
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if nr < rows and nc < cols and grid[nr][nc] == ".":
                key = (nr % rows, nc % cols)
                if key not in dist:
                    dist[key] = dist[(r, c)] + 1
                    q.append(key)
    return -1
