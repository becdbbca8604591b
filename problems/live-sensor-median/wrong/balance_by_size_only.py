# verdict: Wrong Answer
# Puts each reading into whichever heap is smaller, never comparing it with the other
# heap's top: the two halves stop being the smaller and the larger readings.
import heapq


class StreamMedian:
    def __init__(self):
        self.low, self.high = [], []

    def add(self, value):
        if len(self.low) <= len(self.high):
            heapq.heappush(self.low, -value)
        else:
            heapq.heappush(self.high, value)

    def median(self):
        if not self.low:
            return None
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (self.high[0] - self.low[0]) / 2
