# verdict: Wrong Answer
# Checks only that the seat number is in range: releasing a seat that is already free
# returns True and puts a second copy of it on the heap, so it is later given out twice.
import heapq


class SeatDesk:
    def __init__(self, n):
        self.n = n
        self.free = list(range(1, n + 1))

    def reserve(self):
        if not self.free:
            return -1
        return heapq.heappop(self.free)

    def release(self, seat):
        if 1 <= seat <= self.n:
            heapq.heappush(self.free, seat)
            return True
        return False
