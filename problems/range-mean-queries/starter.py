def range_means(readings: list[int], queries: list[list[int]]) -> list[float]:
    # Mean of readings[left..right] (inclusive) for each query.
    raise NotImplementedError
