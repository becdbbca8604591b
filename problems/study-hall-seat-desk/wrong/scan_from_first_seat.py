# verdict: Time Limit Exceeded
# Correct, but walks the seats from 1 upwards on every reserve: O(n) per call.
class SeatDesk:
    def __init__(self, n):
        self.n = n
        self.taken = [False] * (n + 1)

    def reserve(self):
        for seat in range(1, self.n + 1):
            if not self.taken[seat]:
                self.taken[seat] = True
                return seat
        return -1

    def release(self, seat):
        if 1 <= seat <= self.n and self.taken[seat]:
            self.taken[seat] = False
            return True
        return False
