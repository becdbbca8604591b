# verdict: Time Limit Exceeded
# Correct, but sweeps the whole grid again and again, lowering each cell to one more than
# its best neighbour, until nothing changes: O(cells * route length) on a winding maze.
def shortest_route(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    big = rows * cols + 1
    dist = [[big] * cols for _ in range(rows)]
    dist[start[0]][start[1]] = 0
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != ".":
                    continue
                best = dist[r][c]
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] + 1 < best:
                        best = dist[nr][nc] + 1
                if best < dist[r][c]:
                    dist[r][c] = best
                    changed = True
    answer = dist[goal[0]][goal[1]]
    return -1 if answer == big else answer
