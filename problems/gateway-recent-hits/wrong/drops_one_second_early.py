# verdict: Wrong Answer
# Off by one the other way: treats the window as the window - 1 seconds before t, dropping
# a hit that is window - 1 seconds old.
from collections import deque


class RecentHitCounter:
    def __init__(self, window):
        self.window = window
        self.hits = deque()

    def hit(self, t):
        self.hits.append(t)

    def count(self, t):
        while self.hits and self.hits[0] <= t - self.window + 1:
            self.hits.popleft()
        return len(self.hits)
