# verdict: Time Limit Exceeded
# Keeps only the number of items consumed so far and walks the runs from the start of the
# tape on every call: O(runs) per call.
class RunLengthTape:
    def __init__(self, encoding):
        self.encoding = encoding
        self.consumed = 0

    def next(self, n):
        self.consumed += n
        seen = 0
        for i in range(0, len(self.encoding), 2):
            seen += self.encoding[i]
            if seen >= self.consumed:
                return self.encoding[i + 1]
        return -1
