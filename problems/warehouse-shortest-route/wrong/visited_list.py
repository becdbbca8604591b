# verdict: Time Limit Exceeded
# Correct, but keeps the visited cells in a list, so every membership test scans it: O(cells^2).
from collections import deque
def shortest_route(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    s, g = tuple(start), tuple(goal)
    seen = [s]
    q = deque([(s, 0)])
    while q:
        (r, c), d = q.popleft()
        if (r, c) == g:
            return d
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen.append((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
