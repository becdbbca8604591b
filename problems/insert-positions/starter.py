def insert_positions(nums: list[int], queries: list[int]) -> list[int]:
    # For each query, return the number of elements of nums strictly less than it.
    raise NotImplementedError
