import heapq


class StreamMedian:
    """Two heaps: `low` holds the smaller half negated (a max-heap), `high` the larger half.
    `low` has as many readings as `high` or one more, so its top is the (lower) middle."""

    def __init__(self) -> None:
        self.low: list[int] = []
        self.high: list[int] = []

    def add(self, value: int) -> None:
        if self.low and value > -self.low[0]:
            heapq.heappush(self.high, value)
        else:
            heapq.heappush(self.low, -value)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self) -> float | None:
        if not self.low:
            return None
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (self.high[0] - self.low[0]) / 2
