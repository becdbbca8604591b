# verdict: Wrong Answer
# peek takes the reading off the stream and forgets it, so the next call skips a reading.
class LookaheadFeed:
    def __init__(self, readings):
        self.source = iter(readings)
        self.upcoming = next(self.source, None)

    def peek(self):
        value = self.upcoming
        self.upcoming = next(self.source, None)
        return value

    def next(self):
        value = self.upcoming
        self.upcoming = next(self.source, None)
        return value

    def has_next(self):
        return self.upcoming is not None
