# verdict: Wrong Answer
# Returns "" when there is no value, as if the empty string meant "absent".
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
        i = bisect_right(times, timestamp)
        return self.values[key][i - 1] if i > 0 else ""
