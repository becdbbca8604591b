def min_ingest_rate(arrivals: list[int], buffer: int) -> int:
    # Smallest rate >= 0 that keeps the backlog after every hour at most `buffer`.
    raise NotImplementedError
