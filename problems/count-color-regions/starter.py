def count_regions(grid: list[list[int]]) -> int:
    # Count maximal groups of side-adjacent cells that share one colour.
    raise NotImplementedError
