def count_regions(grid: list[list[int]]) -> int:
    if not grid:
        return 0
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    regions = 0
    for r0 in range(rows):
        for c0 in range(cols):
            if seen[r0][c0]:
                continue
            regions += 1
            colour = grid[r0][c0]
            seen[r0][c0] = True
            stack = [(r0, c0)]  # an explicit stack: regions can be 2 * 10**5 cells deep
            while stack:
                r, c = stack.pop()
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] \
                            and grid[nr][nc] == colour:
                        seen[nr][nc] = True
                        stack.append((nr, nc))
    return regions
