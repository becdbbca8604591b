# verdict: Wrong Answer
# Kahn's algorithm with a first-in first-out queue: a valid order, but not the one where the
# smallest ready target always goes first.
from collections import deque


def build_order(n, deps):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in deps:
        after[a].append(b)
        waiting[b] += 1
    ready = deque(t for t in range(n) if waiting[t] == 0)
    order = []
    while ready:
        target = ready.popleft()
        order.append(target)
        for nxt in after[target]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                ready.append(nxt)
    return order if len(order) == n else []
