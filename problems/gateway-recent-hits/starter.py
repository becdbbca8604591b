class RecentHitCounter:
    def __init__(self, window: int) -> None:
        self.window = window

    def hit(self, t: int) -> None:
        # Record one request at second t.
        raise NotImplementedError

    def count(self, t: int) -> int:
        # Return the number of requests s with t - window < s <= t.
        raise NotImplementedError
