# a deque of (key, stamp) with lazy deletion of stale entries
from collections import deque
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values, self.stamp, self.order, self.clock = {}, {}, deque(), 0
    def _touch(self, key):
        self.clock += 1
        self.stamp[key] = self.clock
        self.order.append((key, self.clock))
        if len(self.order) > 4 * self.capacity + 16:
            self.order = deque((k, s) for k, s in self.order if self.stamp.get(k) == s)
    def get(self, key):
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]
    def put(self, key, value):
        if key not in self.values and len(self.values) == self.capacity:
            while True:
                k, s = self.order.popleft()
                if self.stamp.get(k) == s:
                    del self.values[k], self.stamp[k]
                    break
        self.values[key] = value
        self._touch(key)
