# verdict: Wrong Answer
# Moves past runs the jump uses up, but forgets what it took from the run it stops in: the
# next call starts at the beginning of that run again.
class RunLengthTape:
    def __init__(self, encoding):
        self.encoding = encoding
        self.run = 0

    def next(self, n):
        encoding = self.encoding
        while self.run < len(encoding):
            if n < encoding[self.run]:
                return encoding[self.run + 1]
            n -= encoding[self.run]
            self.run += 2
            if n == 0:
                return encoding[self.run - 1]
        return -1
