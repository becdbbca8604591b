# verdict: Time Limit Exceeded
# Correct, but walks a key's whole history on every get: O(changes of the key) per call.
class SettingHistory:
    def __init__(self):
        self.changes = {}

    def set(self, key, value, timestamp):
        self.changes.setdefault(key, []).append((timestamp, value))

    def get(self, key, timestamp):
        found = None
        for time, value in self.changes.get(key, []):
            if time > timestamp:
                break
            found = value
        return found
