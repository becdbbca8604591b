# verdict: Wrong Answer
# peek always pulls a fresh reading into the buffer, so a second peek in a row overwrites
# (and loses) the reading the first one showed.
class LookaheadFeed:
    def __init__(self, readings):
        self.source = iter(readings)
        self.held = None

    def peek(self):
        self.held = next(self.source, None)
        return self.held

    def next(self):
        if self.held is not None:
            value, self.held = self.held, None
            return value
        return next(self.source, None)

    def has_next(self):
        if self.held is not None:
            return True
        self.held = next(self.source, None)
        return self.held is not None
