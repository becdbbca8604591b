# every hit time in one sorted list (times never decrease); a count is two binary searches
from bisect import bisect_right


class RecentHitCounter:
    def __init__(self, window):
        self.window = window
        self.times = []

    def hit(self, t):
        self.times.append(t)

    def count(self, t):
        return bisect_right(self.times, t) - bisect_right(self.times, t - self.window)
