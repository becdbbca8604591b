def turn_panel(panel, k):
    # A clockwise turn is the transpose of the picture read bottom row first.
    for _ in range(k % 4):
        panel = [list(row) for row in zip(*panel[::-1])]
    return panel
