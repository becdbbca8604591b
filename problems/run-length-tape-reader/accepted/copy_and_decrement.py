class RunLengthTape:
    # works on its own copy of the counts, in place
    def __init__(self, encoding):
        self.counts = encoding[0::2]
        self.values = encoding[1::2]
        self.i = 0

    def next(self, n):
        while self.i < len(self.counts) and self.counts[self.i] < n:
            n -= self.counts[self.i]
            self.i += 1
        if self.i == len(self.counts):
            return -1
        self.counts[self.i] -= n
        return self.values[self.i]
