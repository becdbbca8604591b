class LookaheadFeed:
    def __init__(self, readings: list[int]) -> None:
        self.source = iter(readings)

    def peek(self) -> int | None:
        # The next reading without consuming it, or None when the feed is exhausted.
        raise NotImplementedError

    def next(self) -> int | None:
        # The next reading, consumed, or None when the feed is exhausted.
        raise NotImplementedError

    def has_next(self) -> bool:
        raise NotImplementedError
