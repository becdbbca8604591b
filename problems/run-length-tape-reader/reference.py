class RunLengthTape:
    """A cursor on the runs: the index of the current run's count, and how many of its
    items are already consumed."""

    def __init__(self, encoding):
        self.encoding = encoding
        self.run = 0
        self.used = 0

    def next(self, n):
        encoding = self.encoding
        while self.run < len(encoding):
            left = encoding[self.run] - self.used
            if n <= left:
                self.used += n
                return encoding[self.run + 1]
            n -= left
            self.run += 2
            self.used = 0
        return -1
