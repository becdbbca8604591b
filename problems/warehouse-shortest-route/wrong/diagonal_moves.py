# verdict: Wrong Answer
# Lets the robot move diagonally as well, so some routes come out too short.
from collections import deque


def shortest_route(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    start, goal = tuple(start), tuple(goal)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if (r, c) == goal:
            return dist[(r, c)]
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." \
                        and (nr, nc) not in dist:
                    dist[(nr, nc)] = dist[(r, c)] + 1
                    queue.append((nr, nc))
    return -1
