# Layered version: kinds can only be gained, so the sets of kinds are processed in
# increasing numeric order (a superset of m is always larger than m). Within one layer an
# ordinary Dijkstra over towns runs; a road into a town with a new kind feeds a later layer.
import heapq


def cheapest_stamped_route(n, roads, stamps, k, start, goal):
    adj = [[] for _ in range(n)]
    for u, v, w in roads:
        adj[u].append((v, w))
        adj[v].append((u, w))
    bit = [1 << s if s >= 0 else 0 for s in stamps]
    inf = float("inf")
    layers = [[inf] * n for _ in range(1 << k)]
    layers[bit[start]][start] = 0
    for m in range(1 << k):
        dist = layers[m]
        heap = [(d, v) for v, d in enumerate(dist) if d < inf]
        if not heap:
            continue
        heapq.heapify(heap)
        while heap:
            d, v = heapq.heappop(heap)
            if d > dist[v]:
                continue
            for u, w in adj[v]:
                nm = m | bit[u]
                if nm == m:
                    if d + w < dist[u]:
                        dist[u] = d + w
                        heapq.heappush(heap, (d + w, u))
                elif d + w < layers[nm][u]:
                    layers[nm][u] = d + w
    best = layers[(1 << k) - 1][goal]
    return -1 if best == inf else best
