# verdict: Time Limit Exceeded
# Never decodes, but consumes the n items one by one: O(n) per call, and n reaches 10**9.
class RunLengthTape:
    def __init__(self, encoding):
        self.encoding = encoding
        self.run = 0
        self.used = 0

    def next(self, n):
        last = -1
        for _ in range(n):
            while self.run < len(self.encoding) and self.used == self.encoding[self.run]:
                self.run += 2
                self.used = 0
            if self.run >= len(self.encoding):
                return -1
            self.used += 1
            last = self.encoding[self.run + 1]
        return last
