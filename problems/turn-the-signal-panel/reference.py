def turn_panel(panel: list[list[int]], k: int) -> list[list[int]]:
    n = len(panel)
    for _ in range(k % 4):
        # one clockwise quarter turn in place, ring by ring, four cells at a time
        for layer in range(n // 2):
            last = n - 1 - layer
            for i in range(layer, last):
                offset = i - layer
                saved = panel[layer][i]
                panel[layer][i] = panel[last - offset][layer]
                panel[last - offset][layer] = panel[last][last - offset]
                panel[last][last - offset] = panel[i][last]
                panel[i][last] = saved
    return panel
