# verdict: Memory Limit Exceeded
# The fixed-size ring of one bucket per second of the window: fine for a window of minutes,
# but a window of up to 10**9 seconds needs two lists of 10**9 slots.
class RecentHitCounter:
    def __init__(self, window):
        self.window = window
        self.second = [0] * window
        self.hits = [0] * window

    def hit(self, t):
        i = t % self.window
        if self.second[i] != t:
            self.second[i] = t
            self.hits[i] = 0
        self.hits[i] += 1

    def count(self, t):
        return sum(h for s, h in zip(self.second, self.hits) if t - self.window < s <= t)
