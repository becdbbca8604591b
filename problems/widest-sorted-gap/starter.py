def widest_gap(values: list[int]) -> int:
    # Largest difference between consecutive values of sorted(values); 0 if len < 2.
    raise NotImplementedError
