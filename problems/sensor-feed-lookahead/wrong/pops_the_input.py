# verdict: Wrong Answer
# Returns the right readings, but reverses the caller's list and pops readings off it (the
# statement says not to modify `readings`).
class LookaheadFeed:
    def __init__(self, readings):
        readings.reverse()
        self.readings = readings

    def peek(self):
        return self.readings[-1] if self.readings else None

    def next(self):
        return self.readings.pop() if self.readings else None

    def has_next(self):
        return bool(self.readings)
