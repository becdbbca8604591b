# verdict: Wrong Answer
# Dijkstra over (town, kinds collected), but the search starts with no stamps: the depot's
# own stamp only counts if the courier drives back to the depot later.
import heapq


def cheapest_stamped_route(n, roads, stamps, k, start, goal):
    adj = [[] for _ in range(n)]
    for u, v, w in roads:
        adj[u].append((v, w))
        adj[v].append((u, w))
    bit = [1 << s if s >= 0 else 0 for s in stamps]
    full = (1 << k) - 1
    best = {(start, 0): 0}
    heap = [(0, start, 0)]
    while heap:
        d, v, m = heapq.heappop(heap)
        if v == goal and m == full:
            return d
        if d > best[(v, m)]:
            continue
        for u, w in adj[v]:
            key = (u, m | bit[u])
            if d + w < best.get(key, float("inf")):
                best[key] = d + w
                heapq.heappush(heap, (d + w, u, m | bit[u]))
    return -1
