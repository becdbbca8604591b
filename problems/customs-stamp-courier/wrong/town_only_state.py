# verdict: Wrong Answer
# Dijkstra over towns only: each town keeps the kinds collected on its cheapest route, so a
# dearer route that collects more stamps is thrown away.
import heapq


def cheapest_stamped_route(n, roads, stamps, k, start, goal):
    adj = [[] for _ in range(n)]
    for u, v, w in roads:
        adj[u].append((v, w))
        adj[v].append((u, w))
    bit = [1 << s if s >= 0 else 0 for s in stamps]
    full = (1 << k) - 1
    dist = [float("inf")] * n
    held = [0] * n
    dist[start] = 0
    held[start] = bit[start]
    heap = [(0, start)]
    while heap:
        d, v = heapq.heappop(heap)
        if d > dist[v]:
            continue
        for u, w in adj[v]:
            if d + w < dist[u]:
                dist[u] = d + w
                held[u] = held[v] | bit[u]
                heapq.heappush(heap, (d + w, u))
    if dist[goal] == float("inf") or held[goal] != full:
        return -1
    return dist[goal]
