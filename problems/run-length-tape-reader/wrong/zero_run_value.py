# verdict: Wrong Answer
# Swallows every run the jump covers completely, with >=, and then answers with the value
# of the last run swallowed: when the jump ends exactly at the end of a run, the zero-count
# runs after it are swallowed too and one of their values is returned.
class RunLengthTape:
    def __init__(self, encoding):
        self.encoding = encoding
        self.run = 0
        self.used = 0

    def next(self, n):
        encoding = self.encoding
        while self.run < len(encoding) and n >= encoding[self.run] - self.used:
            n -= encoding[self.run] - self.used
            self.run += 2
            self.used = 0
        if n == 0:
            return encoding[self.run - 1]
        if self.run >= len(encoding):
            return -1
        self.used += n
        return encoding[self.run + 1]
