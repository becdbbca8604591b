# verdict: Wrong Answer
# Off by one at the window's old edge: drops only hits strictly older than t - window, so a
# hit exactly window seconds old is still counted.
from collections import deque


class RecentHitCounter:
    def __init__(self, window):
        self.window = window
        self.hits = deque()

    def hit(self, t):
        self.hits.append(t)

    def count(self, t):
        while self.hits and self.hits[0] < t - self.window:
            self.hits.popleft()
        return len(self.hits)
