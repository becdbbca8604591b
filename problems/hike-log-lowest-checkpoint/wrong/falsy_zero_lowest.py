# verdict: Wrong Answer
# Treats a lowest elevation of 0 as "no lowest yet" (`if not self.low`), so a checkpoint
# at sea level is replaced by the next one pushed.
class HikeLog:
    def __init__(self):
        self.items = []

    def push(self, elevation):
        low = self.items[-1][1] if self.items else None
        if not low or elevation < low:
            low = elevation
        self.items.append((elevation, low))

    def pop(self):
        return self.items.pop()[0] if self.items else None

    def top(self):
        return self.items[-1][0] if self.items else None

    def minimum(self):
        return self.items[-1][1] if self.items else None
