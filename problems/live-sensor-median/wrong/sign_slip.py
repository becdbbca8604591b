# verdict: Wrong Answer
# Moves a reading from the max-heap to the min-heap without undoing its negation, so the
# larger half fills up with negated numbers.
import heapq


class StreamMedian:
    def __init__(self):
        self.low, self.high = [], []

    def add(self, value):
        if self.low and value > -self.low[0]:
            heapq.heappush(self.high, value)
        else:
            heapq.heappush(self.low, -value)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self):
        if not self.low:
            return None
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (self.high[0] - self.low[0]) / 2
