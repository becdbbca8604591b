# verdict: Wrong Answer
# Drops old hits only when a new hit arrives, measured from the new hit's time: a count
# after a quiet spell still sees hits that have left the window.
from collections import deque


class RecentHitCounter:
    def __init__(self, window):
        self.window = window
        self.hits = deque()

    def hit(self, t):
        while self.hits and self.hits[0] <= t - self.window:
            self.hits.popleft()
        self.hits.append(t)

    def count(self, t):
        return len(self.hits)
