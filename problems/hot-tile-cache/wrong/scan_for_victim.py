# verdict: Time Limit Exceeded
# Correct, but finds the tile to remove by scanning every cached key for the smallest
# (uses, last use) pair: O(capacity) per removal.
class TileCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}  # key -> [value, uses, last use]
        self.clock = 0

    def get(self, key):
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self.clock += 1
        entry[1] += 1
        entry[2] = self.clock
        return entry[0]

    def put(self, key, value):
        self.clock += 1
        entry = self.entries.get(key)
        if entry is not None:
            entry[0] = value
            entry[1] += 1
            entry[2] = self.clock
            return
        if len(self.entries) == self.capacity:
            victim = min(self.entries, key=lambda k: (self.entries[k][1], self.entries[k][2]))
            del self.entries[victim]
        self.entries[key] = [value, 1, self.clock]
