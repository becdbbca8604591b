# verdict: Wrong Answer
# Stores each target's successors in a set (so a repeated pair is released once) but counts
# every repeat in the in-degree: a target behind a duplicated pair is never released.
import heapq


def build_order(n, deps):
    after = [set() for _ in range(n)]
    waiting = [0] * n
    for a, b in deps:
        after[a].add(b)
        waiting[b] += 1
    ready = [t for t in range(n) if waiting[t] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        target = heapq.heappop(ready)
        order.append(target)
        for nxt in after[target]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, nxt)
    return order if len(order) == n else []
