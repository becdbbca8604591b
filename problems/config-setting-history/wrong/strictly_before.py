# verdict: Wrong Answer
# Uses bisect_left: finds the last change strictly before the moment, so a change made
# exactly at the asked timestamp is missed.
from bisect import bisect_left


class SettingHistory:
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key, value, timestamp):
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key, timestamp):
        times = self.times.get(key, [])
        i = bisect_left(times, timestamp)
        return self.values[key][i - 1] if i > 0 else None
