# verdict: Wrong Answer
# Transposes and then reverses the order of the rows: that is a counter-clockwise quarter
# turn (clockwise needs each row reversed instead).
def turn_panel(panel, k):
    for _ in range(k % 4):
        panel = [list(row) for row in zip(*panel)][::-1]
    return panel
