def turn_panel(panel, k):
    # In place: a quarter turn clockwise is a transpose and a left-right mirror; a half
    # turn is reversing the rows and each row; three turns go the other way round.
    n = len(panel)
    turns = k % 4
    if turns == 2:
        panel.reverse()
        for row in panel:
            row.reverse()
        return panel
    if turns == 0:
        return panel
    for r in range(n):
        for c in range(r + 1, n):
            panel[r][c], panel[c][r] = panel[c][r], panel[r][c]
    if turns == 1:
        for row in panel:
            row.reverse()
    else:
        panel.reverse()
    return panel
