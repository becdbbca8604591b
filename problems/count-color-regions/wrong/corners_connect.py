# verdict: Wrong Answer
# Also joins cells that touch only at a corner (8-neighbourhood).
def count_regions(grid):
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
            seen[r0][c0] = True
            stack = [(r0, c0)]
            while stack:
                r, c = stack.pop()
                for dr in (-1, 0, 1):
                    for dc in (-1, 0, 1):
                        nr, nc = r + dr, c + dc
                        if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] \
                                and grid[nr][nc] == grid[r0][c0]:
                            seen[nr][nc] = True
                            stack.append((nr, nc))
    return regions
