# verdict: Runtime Error
# A textbook recursive flood fill: correct, but a region thousands of cells long exceeds
# Python's recursion limit (RecursionError).
def count_regions(grid):
    if not grid:
        return 0
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]

    def fill(r, c, colour):
        if not (0 <= r < rows and 0 <= c < cols) or seen[r][c] or grid[r][c] != colour:
            return
        seen[r][c] = True
        fill(r - 1, c, colour)
        fill(r + 1, c, colour)
        fill(r, c - 1, colour)
        fill(r, c + 1, colour)

    regions = 0
    for r in range(rows):
        for c in range(cols):
            if not seen[r][c]:
                regions += 1
                fill(r, c, grid[r][c])
    return regions
