def can_take_all(trips: list[list[int]], capacity: int) -> bool:
    # trips[i] = [count, board, leave]; True if the load never exceeds capacity.
    raise NotImplementedError
