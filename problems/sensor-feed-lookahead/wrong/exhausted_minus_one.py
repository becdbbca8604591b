# verdict: Wrong Answer
# Returns -1 on an exhausted feed (another judge's habit) instead of None; -1 is a valid
# reading here.
class LookaheadFeed:
    def __init__(self, readings):
        self.source = iter(readings)
        self.held = None

    def _fill(self):
        if self.held is None:
            self.held = next(self.source, None)
        return self.held

    def peek(self):
        value = self._fill()
        return -1 if value is None else value

    def next(self):
        value = self._fill()
        self.held = None
        return -1 if value is None else value

    def has_next(self):
        return self._fill() is not None
