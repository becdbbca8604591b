# verdict: Wrong Answer
# Keeps only the newest value of each key and answers it for any moment not before it,
# forgetting the older history.
class SettingHistory:
    def __init__(self):
        self.latest = {}

    def set(self, key, value, timestamp):
        self.latest[key] = (timestamp, value)

    def get(self, key, timestamp):
        if key not in self.latest:
            return None
        time, value = self.latest[key]
        return value if time <= timestamp else None
