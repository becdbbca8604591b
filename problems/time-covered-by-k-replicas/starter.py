def covered_by_k(uptimes: list[list[int]], k: int) -> int:
    # Total length of time covered by at least k of the half-open windows [start, end).
    raise NotImplementedError
