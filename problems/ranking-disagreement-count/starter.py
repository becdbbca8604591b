def ranking_disagreements(first: list[int], second: list[int]) -> int:
    # Count pairs of items that the two rankings put in opposite orders.
    raise NotImplementedError
