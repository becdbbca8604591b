# verdict: Time Limit Exceeded
# Correct, but gives every cell its own label and sweeps the grid, copying the smaller label
# of a same-coloured neighbour, until nothing changes: one sweep per bend of a winding
# region, O(cells^1.5) or worse.
def count_regions(grid):
    if not grid:
        return 0
    rows, cols = len(grid), len(grid[0])
    label = [[r * cols + c for c in range(cols)] for r in range(rows)]
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == grid[r][c] \
                            and label[nr][nc] < label[r][c]:
                        label[r][c] = label[nr][nc]
                        changed = True
    return len({value for row in label for value in row})
