# verdict: Wrong Answer
# Breaks ties in the use count by when the key was first added, not by its most recent use.
class TileCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}  # key -> [value, uses, when added]
        self.clock = 0

    def get(self, key):
        entry = self.entries.get(key)
        if entry is None:
            return -1
        entry[1] += 1
        return entry[0]

    def put(self, key, value):
        entry = self.entries.get(key)
        if entry is not None:
            entry[0] = value
            entry[1] += 1
            return
        if len(self.entries) == self.capacity:
            victim = min(self.entries, key=lambda k: (self.entries[k][1], self.entries[k][2]))
            del self.entries[victim]
        self.clock += 1
        self.entries[key] = [value, 1, self.clock]
