from collections import deque


def dock_distances(grid: list[str]) -> list[list[int]]:
    if not grid:
        return []
    rows, cols = len(grid), len(grid[0])
    dist = [[-1] * cols for _ in range(rows)]
    queue = deque()
    for r, line in enumerate(grid):
        for c, cell in enumerate(line):
            if cell == "D":
                dist[r][c] = 0
                queue.append((r, c))
    # one search started from every dock at once: cells leave the queue in order of
    # distance to their nearest dock
    while queue:
        r, c = queue.popleft()
        step = dist[r][c] + 1
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] == -1 \
                    and grid[nr][nc] != "#":
                dist[nr][nc] = step
                queue.append((nr, nc))
    return dist
