from bisect import bisect_right


class SettingHistory:
    """Per key, the timestamps and values of its changes in the order they were written.
    Timestamps never decrease, so each key's list stays sorted and a binary search finds the
    last change at or before a moment; among equal timestamps it lands on the last written."""

    def __init__(self) -> None:
        self.times: dict[str, list[int]] = {}
        self.values: dict[str, list[str]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        times = self.times.get(key)
        if times is None:
            self.times[key] = [timestamp]
            self.values[key] = [value]
        else:
            times.append(timestamp)
            self.values[key].append(value)

    def get(self, key: str, timestamp: int) -> str | None:
        times = self.times.get(key)
        if times is None:
            return None
        index = bisect_right(times, timestamp)
        if index == 0:
            return None
        return self.values[key][index - 1]
