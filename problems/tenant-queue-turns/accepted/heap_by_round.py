import heapq


class TurnTaker:
    # a heap keyed by (round, tenant): O(log k) per call
    def __init__(self, queues):
        self.queues = queues
        self.heap = [(0, t) for t, q in enumerate(queues) if q]
        heapq.heapify(self.heap)

    def has_next(self):
        return bool(self.heap)

    def next(self):
        r, t = heapq.heappop(self.heap)
        if r + 1 < len(self.queues[t]):
            heapq.heappush(self.heap, (r + 1, t))
        return self.queues[t][r]
