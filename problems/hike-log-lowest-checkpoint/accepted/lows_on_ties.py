class HikeLog:
    """A second stack that records an elevation only when it is at most the current
    lowest; a pop of a value equal to that record removes one copy."""

    def __init__(self):
        self.items = []
        self.lows = []

    def push(self, elevation):
        self.items.append(elevation)
        if not self.lows or elevation <= self.lows[-1]:
            self.lows.append(elevation)

    def pop(self):
        if not self.items:
            return None
        value = self.items.pop()
        if value == self.lows[-1]:
            self.lows.pop()
        return value

    def top(self):
        return self.items[-1] if self.items else None

    def minimum(self):
        return self.lows[-1] if self.lows else None
