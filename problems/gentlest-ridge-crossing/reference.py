import heapq


def gentlest_crossing(heights: list[list[int]]) -> int:
    rows, cols = len(heights), len(heights[0])
    goal = (rows - 1, cols - 1)
    best = [[float("inf")] * cols for _ in range(rows)]
    best[0][0] = 0
    heap = [(0, 0, 0)]
    while True:
        strain, r, c = heapq.heappop(heap)
        if (r, c) == goal:
            return strain
        if strain > best[r][c]:
            continue
        h = heights[r][c]
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                step = max(strain, abs(heights[nr][nc] - h))
                if step < best[nr][nc]:
                    best[nr][nc] = step
                    heapq.heappush(heap, (step, nr, nc))
