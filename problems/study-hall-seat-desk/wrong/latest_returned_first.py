# verdict: Wrong Answer
# Keeps handed-back seats on a stack and gives out the most recently returned one, not the
# lowest-numbered free seat.
class SeatDesk:
    def __init__(self, n):
        self.n = n
        self.fresh = 1
        self.returned = []
        self.taken = [False] * (n + 1)

    def reserve(self):
        if self.returned:
            seat = self.returned.pop()
        elif self.fresh <= self.n:
            seat = self.fresh
            self.fresh += 1
        else:
            return -1
        self.taken[seat] = True
        return seat

    def release(self, seat):
        if 1 <= seat <= self.n and self.taken[seat]:
            self.taken[seat] = False
            self.returned.append(seat)
            return True
        return False
