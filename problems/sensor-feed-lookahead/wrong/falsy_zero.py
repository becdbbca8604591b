# verdict: Wrong Answer
# Tests the held reading for truth instead of for None: a held 0 looks like "nothing held",
# so the feed reads past it.
class LookaheadFeed:
    def __init__(self, readings):
        self.source = iter(readings)
        self.held = None

    def _fill(self):
        if not self.held:
            self.held = next(self.source, None)
        return self.held

    def peek(self):
        return self._fill()

    def next(self):
        value = self._fill()
        self.held = None
        return value

    def has_next(self):
        return self._fill() is not None
