import heapq
def shortest_route(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    s, g = tuple(start), tuple(goal)
    best = {s: 0}
    heap = [(0, s)]
    while heap:
        d, (r, c) = heapq.heappop(heap)
        if d > best[(r, c)]:
            continue
        if (r, c) == g:
            return d
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and d + 1 < best.get((nr, nc), 1 << 60):
                best[(nr, nc)] = d + 1
                heapq.heappush(heap, (d + 1, (nr, nc)))
    return -1
