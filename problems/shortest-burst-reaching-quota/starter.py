def shortest_burst(amounts: list[int], quota: int) -> int:
    # Length of the shortest contiguous run with sum >= quota, or 0 if none.
    raise NotImplementedError
