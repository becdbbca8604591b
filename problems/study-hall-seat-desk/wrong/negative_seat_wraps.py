# verdict: Wrong Answer
# Checks only the upper end of the range: a negative seat number indexes the list from its
# end (taken[-1] is seat n), so release(-1) frees seat n while someone holds it.
import heapq


class SeatDesk:
    def __init__(self, n):
        self.n = n
        self.free = list(range(1, n + 1))
        self.taken = [False] * (n + 1)

    def reserve(self):
        if not self.free:
            return -1
        seat = heapq.heappop(self.free)
        self.taken[seat] = True
        return seat

    def release(self, seat):
        if seat > self.n or not self.taken[seat]:
            return False
        self.taken[seat] = False
        heapq.heappush(self.free, seat)
        return True
