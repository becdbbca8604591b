# verdict: Wrong Answer
# Takes |k| turns clockwise: a negative k turns the wrong way.
def turn_panel(panel, k):
    for _ in range(abs(k) % 4):
        panel = [list(row) for row in zip(*panel[::-1])]
    return panel
