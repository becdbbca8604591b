import heapq


class SeatDesk:
    """Seats `fresh..n` have never been given out; `returned` is a min-heap of seats that
    were given out and handed back since. Every returned seat is below `fresh`, so the
    lowest free seat is the top of the heap if there is one, else `fresh`."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.fresh = 1
        self.returned: list[int] = []
        self.taken = bytearray(n + 1)

    def reserve(self) -> int:
        if self.returned:
            seat = heapq.heappop(self.returned)
        elif self.fresh <= self.n:
            seat = self.fresh
            self.fresh += 1
        else:
            return -1
        self.taken[seat] = 1
        return seat

    def release(self, seat: int) -> bool:
        if seat < 1 or seat > self.n or not self.taken[seat]:
            return False
        self.taken[seat] = 0
        heapq.heappush(self.returned, seat)
        return True
