class LookaheadFeed:
    """Holds at most one reading taken from the stream early (by peek): `held` is that
    reading, or None when nothing is held (None is never a reading)."""

    def __init__(self, readings):
        self.source = iter(readings)
        self.held = None

    def _fill(self):
        if self.held is None:
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
