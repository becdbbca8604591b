def spiral_sweep(wall: list[list[int]]) -> list[int]:
    # Read the grid clockwise from the top-left corner, spiralling inward.
    raise NotImplementedError
