# verdict: Wrong Answer
# the OrderedDict is a class attribute shared by every cache in the process
from collections import OrderedDict
class LRUCache:
    d = OrderedDict()
    def __init__(self, capacity):
        self.capacity = capacity
    def get(self, key):
        if key not in self.d:
            return -1
        self.d.move_to_end(key)
        return self.d[key]
    def put(self, key, value):
        if key in self.d:
            self.d.move_to_end(key)
        self.d[key] = value
        if len(self.d) > self.capacity:
            self.d.popitem(last=False)
