class HikeLog:
    """One stack of differences from the lowest at push time; a negative difference marks
    a push that lowered the minimum, and popping it recovers the previous lowest."""

    def __init__(self):
        self.diffs = []
        self.low = None

    def push(self, elevation):
        if not self.diffs:
            self.diffs.append(0)
            self.low = elevation
        else:
            self.diffs.append(elevation - self.low)
            if elevation < self.low:
                self.low = elevation

    def pop(self):
        if not self.diffs:
            return None
        d = self.diffs.pop()
        if d < 0:
            value = self.low
            self.low = self.low - d
        else:
            value = self.low + d
        if not self.diffs:
            self.low = None
        return value

    def top(self):
        if not self.diffs:
            return None
        d = self.diffs[-1]
        return self.low if d < 0 else self.low + d

    def minimum(self):
        return self.low
