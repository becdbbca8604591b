# verdict: Time Limit Exceeded
# Keeps the lowest in one variable and looks through the whole log again only when the
# lowest itself is popped: correct, but a log pushed in descending order and then unwound
# rescans on every pop, O(n^2) in all.
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
        if value == self.low:
            self.low = min(self.items) if self.items else None
        return value

    def top(self):
        return self.items[-1] if self.items else None

    def minimum(self):
        return self.low
