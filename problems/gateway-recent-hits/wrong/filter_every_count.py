# verdict: Time Limit Exceeded
# Correct, but rebuilds the list of hits on every count: O(hits in the window) per count,
# which is every hit when the window is long.
class RecentHitCounter:
    def __init__(self, window):
        self.window = window
        self.hits = []

    def hit(self, t):
        self.hits.append(t)

    def count(self, t):
        self.hits = [s for s in self.hits if s > t - self.window]
        return len(self.hits)
