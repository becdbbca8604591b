# verdict: Wrong Answer
# Gives out never-used seats before any handed-back one, although a handed-back seat is
# always lower than every never-used seat.
import heapq


class SeatDesk:
    def __init__(self, n):
        self.n = n
        self.fresh = 1
        self.returned = []
        self.taken = [False] * (n + 1)

    def reserve(self):
        if self.fresh <= self.n:
            seat = self.fresh
            self.fresh += 1
        elif self.returned:
            seat = heapq.heappop(self.returned)
        else:
            return -1
        self.taken[seat] = True
        return seat

    def release(self, seat):
        if 1 <= seat <= self.n and self.taken[seat]:
            self.taken[seat] = False
            heapq.heappush(self.returned, seat)
            return True
        return False
