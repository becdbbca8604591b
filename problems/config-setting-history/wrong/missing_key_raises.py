# verdict: Runtime Error
# Indexes the dict directly: a get of a key that was never set raises KeyError.
from bisect import bisect_right


class SettingHistory:
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key, value, timestamp):
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key, timestamp):
        i = bisect_right(self.times[key], timestamp)
        return self.values[key][i - 1] if i > 0 else None
