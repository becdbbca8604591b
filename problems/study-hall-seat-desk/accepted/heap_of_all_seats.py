import heapq


class SeatDesk:
    def __init__(self, n):
        self.n = n
        self.free = list(range(1, n + 1))  # already a valid min-heap
        self.held = set()

    def reserve(self):
        if not self.free:
            return -1
        seat = heapq.heappop(self.free)
        self.held.add(seat)
        return seat

    def release(self, seat):
        if seat not in self.held:
            return False
        self.held.remove(seat)
        heapq.heappush(self.free, seat)
        return True
