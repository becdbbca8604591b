def count_splits(digits: str, limit: int) -> int:
    # Return the number of ways to cut digits into numbers in [1, limit] without leading
    # zeros, modulo 1_000_000_007.
    raise NotImplementedError
