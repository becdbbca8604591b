def largest_square_plot(land: list[str]) -> list[int]:
    # Return [side, top, left] of the largest square of "1" cells (topmost, then leftmost on
    # ties), or [0, -1, -1] if there is no "1".
    raise NotImplementedError
