# verdict: Memory Limit Exceeded
# Decodes the whole tape into a list up front: a count of 10**9 needs gigabytes.
class RunLengthTape:
    def __init__(self, encoding):
        self.items = []
        for i in range(0, len(encoding), 2):
            self.items.extend([encoding[i + 1]] * encoding[i])
        self.position = 0

    def next(self, n):
        self.position += n
        if self.position > len(self.items):
            self.position = len(self.items)
            return -1
        return self.items[self.position - 1]
