# one plain dict of keys per use count (dicts keep insertion order)
class TileCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}
        self.groups = {}
        self.fewest = 0

    def _use(self, key, entry):
        uses = entry[1]
        group = self.groups[uses]
        del group[key]
        if not group:
            del self.groups[uses]
            if self.fewest == uses:
                self.fewest = uses + 1
        entry[1] = uses + 1
        self.groups.setdefault(uses + 1, {})[key] = None

    def get(self, key):
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self._use(key, entry)
        return entry[0]

    def put(self, key, value):
        entry = self.entries.get(key)
        if entry is not None:
            entry[0] = value
            self._use(key, entry)
            return
        if len(self.entries) == self.capacity:
            group = self.groups[self.fewest]
            victim = next(iter(group))
            del group[victim]
            if not group:
                del self.groups[self.fewest]
            del self.entries[victim]
        self.entries[key] = [value, 1]
        self.groups.setdefault(1, {})[key] = None
        self.fewest = 1
