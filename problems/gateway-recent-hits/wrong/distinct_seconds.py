# verdict: Wrong Answer
# Keeps the seconds that had hits, not the hits: many requests in one second count once.
from collections import deque


class RecentHitCounter:
    def __init__(self, window):
        self.window = window
        self.seconds = deque()

    def hit(self, t):
        if not self.seconds or self.seconds[-1] != t:
            self.seconds.append(t)

    def count(self, t):
        while self.seconds and self.seconds[0] <= t - self.window:
            self.seconds.popleft()
        return len(self.seconds)
