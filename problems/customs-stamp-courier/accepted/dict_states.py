# The same search over (town, kinds collected) with a dictionary of reached states and
# tuple keys instead of a flat array.
import heapq


def cheapest_stamped_route(n, roads, stamps, k, start, goal):
    adj = [[] for _ in range(n)]
    for u, v, w in roads:
        adj[u].append((v, w))
        adj[v].append((u, w))
    bit = [1 << s if s >= 0 else 0 for s in stamps]
    full = (1 << k) - 1
    best = {(start, bit[start]): 0}
    heap = [(0, start, bit[start])]
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
                heapq.heappush(heap, (d + w, u, key[1]))
    return -1
