from collections import deque


def shortest_route(grid: list[str], start: list[int], goal: list[int]) -> int:
    rows, cols = len(grid), len(grid[0])
    sr, sc = start
    gr, gc = goal
    if (sr, sc) == (gr, gc):
        return 0
    # distance per flattened cell index; -1 means not reached yet (or a shelf)
    dist = [-1] * (rows * cols)
    dist[sr * cols + sc] = 0
    queue = deque([(sr, sc)])
    while queue:
        r, c = queue.popleft()
        step = dist[r * cols + c] + 1
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == ".":
                index = nr * cols + nc
                if dist[index] == -1:
                    if nr == gr and nc == gc:
                        return step
                    dist[index] = step
                    queue.append((nr, nc))
    return -1
