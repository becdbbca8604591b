_EMPTY = object()


class LookaheadFeed:
    # a private sentinel for "nothing held" and a flag for "stream ended"
    def __init__(self, readings):
        self.it = iter(readings)
        self.buf = _EMPTY
        self.ended = False

    def _load(self):
        if self.buf is _EMPTY and not self.ended:
            try:
                self.buf = next(self.it)
            except StopIteration:
                self.ended = True

    def has_next(self):
        self._load()
        return self.buf is not _EMPTY

    def peek(self):
        self._load()
        return None if self.buf is _EMPTY else self.buf

    def next(self):
        self._load()
        if self.buf is _EMPTY:
            return None
        value, self.buf = self.buf, _EMPTY
        return value
