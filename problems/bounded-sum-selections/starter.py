def bounded_selections(weights: list[int], low: int, high: int) -> list[list[int]]:
    # Every distinct non-empty sub-multiset of weights with low <= sum <= high, each sorted,
    # listed in lexicographic order.
    raise NotImplementedError
