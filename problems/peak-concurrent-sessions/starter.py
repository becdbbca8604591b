def peak_concurrency(sessions: list[list[int]]) -> int:
    # Largest number of half-open sessions [start, end) active at one moment.
    raise NotImplementedError
