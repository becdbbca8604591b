# verdict: Wrong Answer
# Right answers, but keeps its place by decreasing the counts in the caller's list (the
# statement says not to modify `encoding`).
class RunLengthTape:
    def __init__(self, encoding):
        self.encoding = encoding
        self.run = 0

    def next(self, n):
        encoding = self.encoding
        while self.run < len(encoding):
            if n <= encoding[self.run]:
                encoding[self.run] -= n
                return encoding[self.run + 1]
            n -= encoding[self.run]
            encoding[self.run] = 0
            self.run += 2
        return -1
