class SeatDesk:
    """A segment tree over seats 1..n counting free seats; reserve walks down to the
    leftmost leaf with a free seat."""

    def __init__(self, n):
        self.n = n
        size = 1
        while size < n:
            size *= 2
        self.size = size
        self.free = [0] * (2 * size)
        for i in range(n):
            self.free[size + i] = 1
        for i in range(size - 1, 0, -1):
            self.free[i] = self.free[2 * i] + self.free[2 * i + 1]

    def _set(self, seat, value):
        i = self.size + seat - 1
        self.free[i] = value
        i //= 2
        while i:
            self.free[i] = self.free[2 * i] + self.free[2 * i + 1]
            i //= 2

    def reserve(self):
        if self.free[1] == 0:
            return -1
        i = 1
        while i < self.size:
            i = 2 * i if self.free[2 * i] else 2 * i + 1
        seat = i - self.size + 1
        self._set(seat, 0)
        return seat

    def release(self, seat):
        if not 1 <= seat <= self.n or self.free[self.size + seat - 1]:
            return False
        self._set(seat, 1)
        return True
