def gentlest_crossing(heights: list[list[int]]) -> int:
    # Return the smallest possible largest step (height difference) of a route from the
    # top-left to the bottom-right cell, moving up, down, left or right.
    raise NotImplementedError
