class LookaheadFeed:
    # an index into the list plus nothing else: peek looks, next moves
    def __init__(self, readings):
        self.readings = readings
        self.i = 0

    def peek(self):
        return self.readings[self.i] if self.i < len(self.readings) else None

    def next(self):
        if self.i == len(self.readings):
            return None
        self.i += 1
        return self.readings[self.i - 1]

    def has_next(self):
        return self.i < len(self.readings)
