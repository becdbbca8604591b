# verdict: Wrong Answer
# Dijkstra that marks a cell as finished when it is first pushed, so a cell keeps the first
# strain it is reached with even when a gentler way to it is found later.
import heapq


def gentlest_crossing(heights):
    rows, cols = len(heights), len(heights[0])
    seen = [[False] * cols for _ in range(rows)]
    seen[0][0] = True
    heap = [(0, 0, 0)]
    while heap:
        s, r, c = heapq.heappop(heap)
        if (r, c) == (rows - 1, cols - 1):
            return s
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc]:
                seen[nr][nc] = True
                heapq.heappush(heap, (max(s, abs(heights[nr][nc] - heights[r][c])), nr, nc))
    return -1
