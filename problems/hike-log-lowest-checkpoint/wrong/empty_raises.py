# verdict: Runtime Error
# Right on a non-empty log, but pop(), top() and minimum() index an empty list instead of
# returning None.
class HikeLog:
    def __init__(self):
        self.items = []
        self.lows = []

    def push(self, elevation):
        self.items.append(elevation)
        self.lows.append(min(elevation, self.lows[-1]) if self.lows else elevation)

    def pop(self):
        self.lows.pop()
        return self.items.pop()

    def top(self):
        return self.items[-1]

    def minimum(self):
        return self.lows[-1]
