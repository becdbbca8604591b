import heapq


class StreamMedian:
    # every reading passes through the lower half, whose largest moves up; the upper half
    # hands its smallest back whenever it grows larger than the lower half
    def __init__(self):
        self.low, self.high = [], []

    def add(self, value):
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -value))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self):
        if not self.low:
            return None
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (self.high[0] - self.low[0]) / 2
