# one deque entry per hit, the expired ones popped from the left
from collections import deque


class RecentHitCounter:
    def __init__(self, window):
        self.window = window
        self.hits = deque()

    def hit(self, t):
        self.hits.append(t)

    def count(self, t):
        while self.hits and t - self.hits[0] >= self.window:
            self.hits.popleft()
        return len(self.hits)
