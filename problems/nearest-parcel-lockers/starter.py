def nearest_lockers(lockers: list[list[int]], home: list[int], k: int) -> list[int]:
    # Return the indices of the k lockers nearest to home, nearest first.
    raise NotImplementedError
