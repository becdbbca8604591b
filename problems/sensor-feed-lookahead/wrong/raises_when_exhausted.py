# verdict: Runtime Error
# Right while readings remain, but lets StopIteration escape from peek and next on an
# exhausted feed instead of returning None.
class LookaheadFeed:
    def __init__(self, readings):
        self.source = iter(readings)
        self.held = []

    def peek(self):
        if not self.held:
            self.held.append(next(self.source))
        return self.held[0]

    def next(self):
        if self.held:
            return self.held.pop()
        return next(self.source)

    def has_next(self):
        if self.held:
            return True
        try:
            self.held.append(next(self.source))
        except StopIteration:
            return False
        return True
