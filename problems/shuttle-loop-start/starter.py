def first_start_stop(charge: list[int], drain: list[int]) -> int:
    # Return the smallest stop from which the whole loop succeeds, or -1.
    raise NotImplementedError
