# verdict: Wrong Answer
# Tracks the lowest in one variable updated on push, but a pop never gives it back: after
# the lowest checkpoint is popped, minimum() still reports it.
class HikeLog:
    def __init__(self):
        self.items = []
        self.low = None

    def push(self, elevation):
        self.items.append(elevation)
        if self.low is None or elevation < self.low:
            self.low = elevation

    def pop(self):
        if not self.items:
            return None
        value = self.items.pop()
        if not self.items:
            self.low = None
        return value

    def top(self):
        return self.items[-1] if self.items else None

    def minimum(self):
        return self.low
