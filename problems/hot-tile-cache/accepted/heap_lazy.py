# a heap of (uses, last use, key) snapshots; stale snapshots are skipped when removing
import heapq


class TileCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.state = {}  # key -> (value, uses, last use)
        self.heap = []
        self.clock = 0

    def _record(self, key, value, uses):
        self.clock += 1
        self.state[key] = (value, uses, self.clock)
        heapq.heappush(self.heap, (uses, self.clock, key))
        if len(self.heap) > 3 * len(self.state) + 64:
            self.heap = [(u, t, k) for k, (_, u, t) in self.state.items()]
            heapq.heapify(self.heap)

    def get(self, key):
        if key not in self.state:
            return -1
        value, uses, _ = self.state[key]
        self._record(key, value, uses + 1)
        return value

    def put(self, key, value):
        if key in self.state:
            self._record(key, value, self.state[key][1] + 1)
            return
        if len(self.state) == self.capacity:
            while True:
                uses, when, victim = heapq.heappop(self.heap)
                current = self.state.get(victim)
                if current is not None and current[1] == uses and current[2] == when:
                    del self.state[victim]
                    break
        self._record(key, value, 1)
