# verdict: Wrong Answer
# Averages the two middle readings with integer division: 3.5 becomes 3, and -3.5 becomes -4.
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
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (self.high[0] - self.low[0]) // 2
