# verdict: Time Limit Exceeded
# Correct, but finds the lowest free seat with list.index: a scan in C, still O(n) per call.
class SeatDesk:
    def __init__(self, n):
        self.n = n
        self.free = [False] + [True] * n   # index 0 is a placeholder, never free

    def reserve(self):
        try:
            seat = self.free.index(True)
        except ValueError:
            return -1
        self.free[seat] = False
        return seat

    def release(self, seat):
        if 1 <= seat <= self.n and not self.free[seat]:
            self.free[seat] = True
            return True
        return False
