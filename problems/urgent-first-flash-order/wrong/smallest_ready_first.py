# verdict: Wrong Answer
# Kahn's algorithm with a min-heap: always flashes the smallest-numbered ready device. That is
# the lexicographically smallest order, not the one that gets device 0 out earliest.
import heapq


def flash_order(n, deps):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in deps:
        after[a].append(b)
        waiting[b] += 1
    ready = [d for d in range(n) if waiting[d] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        d = heapq.heappop(ready)
        order.append(d)
        for nxt in after[d]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, nxt)
    return order if len(order) == n else []
