# verdict: Time Limit Exceeded
# Correct, but minimum() looks through every logged checkpoint: O(n) per call.
class HikeLog:
    def __init__(self):
        self.items = []

    def push(self, elevation):
        self.items.append(elevation)

    def pop(self):
        return self.items.pop() if self.items else None

    def top(self):
        return self.items[-1] if self.items else None

    def minimum(self):
        return min(self.items) if self.items else None
