# verdict: Wrong Answer
# Numbers the seats 0..n-1, as list positions are, instead of 1..n.
import heapq


class SeatDesk:
    def __init__(self, n):
        self.n = n
        self.free = list(range(n))
        self.taken = [False] * n

    def reserve(self):
        if not self.free:
            return -1
        seat = heapq.heappop(self.free)
        self.taken[seat] = True
        return seat

    def release(self, seat):
        if 0 <= seat < self.n and self.taken[seat]:
            self.taken[seat] = False
            heapq.heappush(self.free, seat)
            return True
        return False
