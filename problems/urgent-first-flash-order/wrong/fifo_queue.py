# verdict: Wrong Answer
# Plain Kahn's algorithm with a first-in first-out queue: a valid order, ignoring urgency.
from collections import deque


def flash_order(n, deps):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in deps:
        after[a].append(b)
        waiting[b] += 1
    queue = deque(d for d in range(n) if waiting[d] == 0)
    order = []
    while queue:
        d = queue.popleft()
        order.append(d)
        for nxt in after[d]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                queue.append(nxt)
    return order if len(order) == n else []
