# verdict: Wrong Answer
# Cycles four cells at a time, but runs each ring's index up to the last cell: the corner
# cycle is applied twice, so the corners end up turned a half turn.
def turn_panel(panel, k):
    n = len(panel)
    for _ in range(k % 4):
        for layer in range(n // 2):
            last = n - 1 - layer
            for i in range(layer, last + 1):
                offset = i - layer
                saved = panel[layer][i]
                panel[layer][i] = panel[last - offset][layer]
                panel[last - offset][layer] = panel[last][last - offset]
                panel[last][last - offset] = panel[i][last]
                panel[i][last] = saved
    return panel
