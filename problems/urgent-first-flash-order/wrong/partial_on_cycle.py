# verdict: Wrong Answer
# The right backward construction, but no cycle check: on a cycle it returns the devices it
# could place instead of [].
import heapq


def flash_order(n, deps):
    feeders = [[] for _ in range(n)]
    out = [0] * n
    for a, b in deps:
        feeders[b].append(a)
        out[a] += 1
    free = [-d for d in range(n) if out[d] == 0]
    heapq.heapify(free)
    back = []
    while free:
        d = -heapq.heappop(free)
        back.append(d)
        for f in feeders[d]:
            out[f] -= 1
            if out[f] == 0:
                heapq.heappush(free, -f)
    return back[::-1]
