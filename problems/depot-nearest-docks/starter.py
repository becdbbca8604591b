def nearest_docks(docks: list[list[int]], k: int) -> list[int]:
    # Return the indices of the k docks nearest (0, 0), ties to the smaller index,
    # listed in increasing order of index.
    raise NotImplementedError
