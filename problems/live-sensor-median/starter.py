class StreamMedian:
    def __init__(self) -> None:
        pass

    def add(self, value: int) -> None:
        # Record one more reading.
        raise NotImplementedError

    def median(self) -> float | None:
        # Return the median of every reading so far, or None if there are none.
        raise NotImplementedError
