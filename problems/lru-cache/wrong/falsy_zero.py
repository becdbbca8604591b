# verdict: Wrong Answer
# `if not value` takes a stored 0 for a miss
from collections import OrderedDict
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.d = OrderedDict()
    def get(self, key):
        value = self.d.get(key)
        if not value:
            return -1
        self.d.move_to_end(key)
        return value
    def put(self, key, value):
        if key in self.d:
            self.d.move_to_end(key)
        self.d[key] = value
        if len(self.d) > self.capacity:
            self.d.popitem(last=False)
