def fewest_flights(ranges: list[int]) -> int:
    # Return the fewest flights from mast 0 to mast len(ranges) - 1, or -1 if impossible.
    raise NotImplementedError
