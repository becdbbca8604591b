# verdict: Time Limit Exceeded
# Correct, but sweeps over every cell in reading order, improving it from its neighbours,
# until a whole sweep changes nothing. A route that winds left or up gains only one cell per
# sweep, so a winding route needs about R * C / 2 sweeps of R * C cells each.
def gentlest_crossing(heights):
    rows, cols = len(heights), len(heights[0])
    inf = float("inf")
    best = [[inf] * cols for _ in range(rows)]
    best[0][0] = 0
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                h = heights[r][c]
                cur = best[r][c]
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and best[nr][nc] < inf:
                        cand = max(best[nr][nc], abs(heights[nr][nc] - h))
                        if cand < cur:
                            cur = cand
                if cur < best[r][c]:
                    best[r][c] = cur
                    changed = True
    return best[rows - 1][cols - 1]
