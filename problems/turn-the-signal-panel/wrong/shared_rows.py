# verdict: Wrong Answer
# Builds the new grid as [[0] * n] * n: every row is the same list, so all rows come out
# equal to the last one written.
def turn_panel(panel, k):
    n = len(panel)
    for _ in range(k % 4):
        turned = [[0] * n] * n
        for r in range(n):
            for c in range(n):
                turned[c][n - 1 - r] = panel[r][c]
        panel = turned
    return panel
