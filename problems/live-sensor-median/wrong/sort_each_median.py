# verdict: Time Limit Exceeded
# Correct, but appends in O(1) and sorts all readings on every median call: O(n) or worse
# per median, quadratic when medians are asked often.
class StreamMedian:
    def __init__(self):
        self.values = []

    def add(self, value):
        self.values.append(value)

    def median(self):
        if not self.values:
            return None
        ordered = sorted(self.values)
        n = len(ordered)
        if n % 2:
            return ordered[n // 2]
        return (ordered[n // 2 - 1] + ordered[n // 2]) / 2
