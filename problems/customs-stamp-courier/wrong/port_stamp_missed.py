# verdict: Wrong Answer
# Searches over (town, kinds collected), but only checks for "every kind collected" when a
# road leads into the port, using the kinds held before arriving: the port's own stamp
# never counts.
import heapq


def cheapest_stamped_route(n, roads, stamps, k, start, goal):
    adj = [[] for _ in range(n)]
    for u, v, w in roads:
        adj[u].append((v, w))
        adj[v].append((u, w))
    bit = [1 << s if s >= 0 else 0 for s in stamps]
    full = (1 << k) - 1
    if start == goal and bit[start] == full:
        return 0
    best = {(start, bit[start]): 0}
    heap = [(0, start, bit[start])]
    answer = float("inf")
    while heap:
        d, v, m = heapq.heappop(heap)
        if d > best[(v, m)]:
            continue
        for u, w in adj[v]:
            if u == goal and m == full:
                answer = min(answer, d + w)
            key = (u, m | bit[u])
            if d + w < best.get(key, float("inf")):
                best[key] = d + w
                heapq.heappush(heap, (d + w, u, key[1]))
    return -1 if answer == float("inf") else answer
