# one list of (timestamp, value) pairs per key, searched with bisect's key= argument
from bisect import bisect_right
from collections import defaultdict


class SettingHistory:
    def __init__(self):
        self.changes = defaultdict(list)

    def set(self, key, value, timestamp):
        self.changes[key].append((timestamp, value))

    def get(self, key, timestamp):
        if key not in self.changes:
            return None
        changes = self.changes[key]
        i = bisect_right(changes, timestamp, key=lambda change: change[0])
        return changes[i - 1][1] if i else None
