import heapq
from collections import deque


def flash_order(n, deps):
    # the same backward construction, filling the answer from its end with appendleft
    feeders = [[] for _ in range(n)]
    out = [0] * n
    for a, b in deps:
        feeders[b].append(a)
        out[a] += 1
    free = []
    for d in range(n):
        if out[d] == 0:
            heapq.heappush(free, -d)
    order = deque()
    while free:
        d = -heapq.heappop(free)
        order.appendleft(d)
        for f in feeders[d]:
            out[f] -= 1
            if out[f] == 0:
                heapq.heappush(free, -f)
    return list(order) if len(order) == n else []
