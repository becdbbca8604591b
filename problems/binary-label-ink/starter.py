def ink_for_batches(batches: list[list[int]]) -> list[int]:
    # For each [lo, hi], return the number of 1 bits over all integers lo..hi (inclusive).
    raise NotImplementedError
