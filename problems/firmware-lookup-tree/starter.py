def min_comparisons(hits: list[int], misses: list[int]) -> int:
    raise NotImplementedError
