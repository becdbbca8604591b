# verdict: Wrong Answer
# Binary-searches the change list, then walks back past any change whose
# value is falsy: a setting cleared to "" shows its older value.
from bisect import bisect_right


class SettingHistory:
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key, value, timestamp):
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key, timestamp):
        times = self.times.get(key, [])
        i = bisect_right(times, timestamp) - 1
        while i >= 0 and not self.values[key][i]:
            i -= 1
        return self.values[key][i] if i >= 0 else None
