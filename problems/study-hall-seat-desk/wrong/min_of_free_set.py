# verdict: Time Limit Exceeded
# Correct, but keeps the free seats in a set and takes min() of it: O(free seats) per call.
class SeatDesk:
    def __init__(self, n):
        self.n = n
        self.free = set(range(1, n + 1))

    def reserve(self):
        if not self.free:
            return -1
        seat = min(self.free)
        self.free.remove(seat)
        return seat

    def release(self, seat):
        if 1 <= seat <= self.n and seat not in self.free:
            self.free.add(seat)
            return True
        return False
