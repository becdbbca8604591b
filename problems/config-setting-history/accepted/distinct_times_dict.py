# per key: a dict from timestamp to the last value written at it, and a list of distinct
# timestamps; a hand-written binary search over that list
class SettingHistory:
    def __init__(self):
        self.at = {}
        self.stamps = {}

    def set(self, key, value, timestamp):
        if key not in self.at:
            self.at[key] = {}
            self.stamps[key] = []
        if timestamp not in self.at[key]:
            self.stamps[key].append(timestamp)
        self.at[key][timestamp] = value

    def get(self, key, timestamp):
        stamps = self.stamps.get(key)
        if not stamps:
            return None
        lo, hi = 0, len(stamps) - 1
        best = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if stamps[mid] <= timestamp:
                best = mid
                lo = mid + 1
            else:
                hi = mid - 1
        if best < 0:
            return None
        return self.at[key][stamps[best]]
