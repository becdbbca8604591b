from collections import deque


class RecentHitCounter:
    """A queue of [second, hits] buckets, oldest first, one per second that has hits, and
    the total of the hits in the queue. Times never decrease, so a count drops the buckets
    that have left the window from the front; each bucket is dropped at most once."""

    def __init__(self, window: int) -> None:
        self.window = window
        self.buckets: deque[list[int]] = deque()
        self.total = 0

    def hit(self, t: int) -> None:
        if self.buckets and self.buckets[-1][0] == t:
            self.buckets[-1][1] += 1
        else:
            self.buckets.append([t, 1])
        self.total += 1

    def count(self, t: int) -> int:
        cutoff = t - self.window
        buckets = self.buckets
        while buckets and buckets[0][0] <= cutoff:
            self.total -= buckets.popleft()[1]
        return self.total
