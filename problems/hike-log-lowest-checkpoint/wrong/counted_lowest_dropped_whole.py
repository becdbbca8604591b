# verdict: Wrong Answer
# Keeps [lowest, copies] pairs and counts repeats of the lowest, but a pop of the lowest
# drops the whole pair instead of one copy: after popping one of two equal lowest
# checkpoints, the other is lost.
class HikeLog:
    def __init__(self):
        self.items = []
        self.lows = []

    def push(self, elevation):
        self.items.append(elevation)
        if self.lows and self.lows[-1][0] == elevation:
            self.lows[-1][1] += 1
        elif not self.lows or elevation < self.lows[-1][0]:
            self.lows.append([elevation, 1])

    def pop(self):
        if not self.items:
            return None
        value = self.items.pop()
        if value == self.lows[-1][0]:
            self.lows.pop()
        return value

    def top(self):
        return self.items[-1] if self.items else None

    def minimum(self):
        return self.lows[-1][0] if self.lows else None
