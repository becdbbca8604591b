# verdict: Wrong Answer
# Turns the panel in place correctly but forgets to return it (the judge reads only the
# returned grid, so it sees None).
def turn_panel(panel, k):
    n = len(panel)
    for _ in range(k % 4):
        for r in range(n):
            for c in range(r + 1, n):
                panel[r][c], panel[c][r] = panel[c][r], panel[r][c]
        for row in panel:
            row.reverse()
