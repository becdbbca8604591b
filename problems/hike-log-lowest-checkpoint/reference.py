class HikeLog:
    """Two parallel stacks: `values[i]` is the i-th elevation from the bottom and `lows[i]`
    the smallest of values[0..i], so the lowest of everything logged is always lows[-1],
    and a pop restores the previous lowest by dropping one entry of each."""

    def __init__(self) -> None:
        self.values: list[int] = []
        self.lows: list[int] = []

    def push(self, elevation: int) -> None:
        low = elevation
        if self.lows and self.lows[-1] < low:
            low = self.lows[-1]
        self.values.append(elevation)
        self.lows.append(low)

    def pop(self) -> int | None:
        if not self.values:
            return None
        self.lows.pop()
        return self.values.pop()

    def top(self) -> int | None:
        if not self.values:
            return None
        return self.values[-1]

    def minimum(self) -> int | None:
        if not self.lows:
            return None
        return self.lows[-1]
