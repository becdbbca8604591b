# verdict: Wrong Answer
# An in-place transpose that visits every (r, c) pair, so each pair of cells is swapped twice
# and the transpose undoes itself: what is left is only a mirror image.
def turn_panel(panel, k):
    n = len(panel)
    for _ in range(k % 4):
        for r in range(n):
            for c in range(n):
                panel[r][c], panel[c][r] = panel[c][r], panel[r][c]
        for row in panel:
            row.reverse()
    return panel
