def turn_panel(panel, k):
    # Read each cell of the answer straight from where it was.
    n = len(panel)
    t = k % 4
    if t == 0:
        return [row[:] for row in panel]
    if t == 1:
        return [[panel[n - 1 - c][r] for c in range(n)] for r in range(n)]
    if t == 2:
        return [[panel[n - 1 - r][n - 1 - c] for c in range(n)] for r in range(n)]
    return [[panel[c][n - 1 - r] for c in range(n)] for r in range(n)]
