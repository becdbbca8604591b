# verdict: Wrong Answer
# Looks for an exact timestamp match with bisect_left first: when several changes share the
# timestamp it returns the first one written, not the last.
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
        if i < len(times) and times[i] == timestamp:
            return self.values[key][i]
        return self.values[key][i - 1] if i > 0 else None
