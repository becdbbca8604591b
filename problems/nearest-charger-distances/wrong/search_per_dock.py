# verdict: Time Limit Exceeded
# Correct, but runs a full breadth-first search from every dock and keeps the minimum:
# O(docks * cells).
from collections import deque


def dock_distances(grid):
    if not grid:
        return []
    rows, cols = len(grid), len(grid[0])
    best = [[-1] * cols for _ in range(rows)]
    for r0, line in enumerate(grid):
        for c0, cell in enumerate(line):
            if cell != "D":
                continue
            seen = [[-1] * cols for _ in range(rows)]
            seen[r0][c0] = 0
            queue = deque([(r0, c0)])
            while queue:
                r, c = queue.popleft()
                d = seen[r][c]
                if best[r][c] == -1 or d < best[r][c]:
                    best[r][c] = d
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and seen[nr][nc] == -1 \
                            and grid[nr][nc] != "#":
                        seen[nr][nc] = d + 1
                        queue.append((nr, nc))
    return best
