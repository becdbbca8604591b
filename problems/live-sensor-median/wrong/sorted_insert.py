# verdict: Time Limit Exceeded
# Correct, but keeps the readings in a sorted list: bisect finds the place in O(log n), but
# inserting shifts every later element, O(n) per add.
import bisect


class StreamMedian:
    def __init__(self):
        self.values = []

    def add(self, value):
        bisect.insort(self.values, value)

    def median(self):
        n = len(self.values)
        if n == 0:
            return None
        if n % 2:
            return self.values[n // 2]
        return (self.values[n // 2 - 1] + self.values[n // 2]) / 2
