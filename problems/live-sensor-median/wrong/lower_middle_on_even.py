# verdict: Wrong Answer
# Returns the lower middle reading for an even count instead of the mean of the two.
import heapq


class StreamMedian:
    def __init__(self):
        self.low, self.high = [], []

    def add(self, value):
        heapq.heappush(self.low, -value)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self):
        if not self.low:
            return None
        return -self.low[0]
