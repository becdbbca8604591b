from bisect import bisect_left
from itertools import accumulate


class RunLengthTape:
    # cumulative counts, the number consumed so far, and a binary search per call
    def __init__(self, encoding):
        self.ends = list(accumulate(encoding[0::2]))
        self.values = encoding[1::2]
        self.consumed = 0
        self.total = self.ends[-1] if self.ends else 0

    def next(self, n):
        self.consumed = min(self.consumed + n, self.total + 1)
        if self.consumed > self.total:
            return -1
        return self.values[bisect_left(self.ends, self.consumed)]
