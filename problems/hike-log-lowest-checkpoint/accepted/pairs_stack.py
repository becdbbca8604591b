class HikeLog:
    def __init__(self):
        self.stack = []  # (elevation, lowest so far)

    def push(self, elevation):
        low = min(elevation, self.stack[-1][1]) if self.stack else elevation
        self.stack.append((elevation, low))

    def pop(self):
        return self.stack.pop()[0] if self.stack else None

    def top(self):
        return self.stack[-1][0] if self.stack else None

    def minimum(self):
        return self.stack[-1][1] if self.stack else None
