# verdict: Wrong Answer
# Breadth-first search for the route with the fewest moves, then reports that route's
# steepest step: the gentlest route can be longer.
from collections import deque


def gentlest_crossing(heights):
    rows, cols = len(heights), len(heights[0])
    worst = [[-1] * cols for _ in range(rows)]
    worst[0][0] = 0
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and worst[nr][nc] < 0:
                worst[nr][nc] = max(worst[r][c], abs(heights[nr][nc] - heights[r][c]))
                queue.append((nr, nc))
    return worst[rows - 1][cols - 1]
