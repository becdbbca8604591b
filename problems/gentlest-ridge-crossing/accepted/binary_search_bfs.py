# Binary search on the answer: for a strain limit, a breadth-first search over steps no
# steeper than the limit says whether the goal can be reached.
from collections import deque


def gentlest_crossing(heights):
    rows, cols = len(heights), len(heights[0])

    def reachable(limit):
        seen = [[False] * cols for _ in range(rows)]
        seen[0][0] = True
        queue = deque([(0, 0)])
        while queue:
            r, c = queue.popleft()
            if r == rows - 1 and c == cols - 1:
                return True
            h = heights[r][c]
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if (0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc]
                        and abs(heights[nr][nc] - h) <= limit):
                    seen[nr][nc] = True
                    queue.append((nr, nc))
        return False

    lo, hi = 0, max(map(max, heights)) - min(map(min, heights))
    while lo < hi:
        mid = (lo + hi) // 2
        if reachable(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
