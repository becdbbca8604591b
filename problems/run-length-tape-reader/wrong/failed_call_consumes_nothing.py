# verdict: Wrong Answer
# Returns -1 when too few items remain, but leaves the tape where it was, so a later,
# smaller jump still finds items.
class RunLengthTape:
    def __init__(self, encoding):
        self.encoding = encoding
        self.run = 0
        self.used = 0

    def next(self, n):
        encoding = self.encoding
        run, used = self.run, self.used
        while run < len(encoding):
            left = encoding[run] - used
            if n <= left:
                self.run, self.used = run, used + n
                return encoding[run + 1]
            n -= left
            run += 2
            used = 0
        return -1
