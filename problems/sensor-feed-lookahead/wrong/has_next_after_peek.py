# verdict: Wrong Answer
# Keeps a position in the list; peek moves the position past the held reading, and has_next
# only compares the position with the length, so after peeking at the last reading it
# answers False although that reading was never returned.
class LookaheadFeed:
    def __init__(self, readings):
        self.readings = readings
        self.position = 0
        self.peeked = False

    def peek(self):
        if not self.peeked:
            if self.position == len(self.readings):
                return None
            self.position += 1
            self.peeked = True
        return self.readings[self.position - 1]

    def next(self):
        if self.peeked:
            self.peeked = False
            return self.readings[self.position - 1]
        if self.position == len(self.readings):
            return None
        self.position += 1
        return self.readings[self.position - 1]

    def has_next(self):
        return self.position < len(self.readings)
