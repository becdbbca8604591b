class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.d = {}
    def get(self, key):
        if key not in self.d:
            return -1
        value = self.d.pop(key)
        self.d[key] = value
        return value
    def put(self, key, value):
        if key in self.d:
            del self.d[key]
        elif len(self.d) == self.capacity:
            del self.d[next(iter(self.d))]
        self.d[key] = value
