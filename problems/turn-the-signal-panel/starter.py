def turn_panel(panel: list[list[int]], k: int) -> list[list[int]]:
    # Turn the square picture k quarter turns clockwise (counter-clockwise when k < 0).
    raise NotImplementedError
