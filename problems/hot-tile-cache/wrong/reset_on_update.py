# verdict: Wrong Answer
# Replacing the value of a cached key resets its use count to 1 instead of adding a use.
from collections import OrderedDict, defaultdict


class TileCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.freq = {}
        self.groups = defaultdict(OrderedDict)
        self.min_freq = 0

    def _bump(self, key):
        f = self.freq[key]
        del self.groups[f][key]
        if not self.groups[f]:
            del self.groups[f]
            if self.min_freq == f:
                self.min_freq = f + 1
        self.freq[key] = f + 1
        self.groups[f + 1][key] = None

    def get(self, key):
        if key not in self.values:
            return -1
        self._bump(key)
        return self.values[key]

    def put(self, key, value):
        if key in self.values:
            self.values[key] = value
            f = self.freq[key]
            del self.groups[f][key]
            if not self.groups[f]:
                del self.groups[f]
            self.freq[key] = 1
            self.groups[1][key] = None
            self.min_freq = 1
            return
        if len(self.values) == self.capacity:
            victim, _ = self.groups[self.min_freq].popitem(last=False)
            if not self.groups[self.min_freq]:
                del self.groups[self.min_freq]
            del self.values[victim]
            del self.freq[victim]
        self.values[key] = value
        self.freq[key] = 1
        self.groups[1][key] = None
        self.min_freq = 1
