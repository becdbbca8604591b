# verdict: Wrong Answer
# Searches outward from the first dock only, so cells closer to another dock get the
# distance to the first one.
from collections import deque


def dock_distances(grid):
    if not grid:
        return []
    rows, cols = len(grid), len(grid[0])
    dist = [[-1] * cols for _ in range(rows)]
    queue = deque()
    for r, line in enumerate(grid):
        c = line.find("D")
        if c >= 0:
            dist[r][c] = 0
            queue.append((r, c))
            break
    for r, line in enumerate(grid):
        for c, cell in enumerate(line):
            if cell == "D" and dist[r][c] == -1:
                dist[r][c] = 0  # other docks are marked, but never searched from
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] == -1 \
                    and grid[nr][nc] != "#":
                dist[nr][nc] = dist[r][c] + 1
                queue.append((nr, nc))
    return dist
