def count_queen_placements(n: int, broken: list[list[int]]) -> int:
    # Count ways to put n mutually non-attacking queens on the n x n board, avoiding the
    # broken squares.
    raise NotImplementedError
