# verdict: Time Limit Exceeded
# Correct, but tries every order in which the kinds could first be collected (k! orders),
# each with k + 1 multi-source Dijkstra runs: O(k! * k * (n + roads) log n).
import heapq
from itertools import permutations


def _spread(adj, seed):
    dist = list(seed)
    heap = [(d, v) for v, d in enumerate(dist) if d < float("inf")]
    heapq.heapify(heap)
    while heap:
        d, v = heapq.heappop(heap)
        if d > dist[v]:
            continue
        for u, w in adj[v]:
            if d + w < dist[u]:
                dist[u] = d + w
                heapq.heappush(heap, (d + w, u))
    return dist


def cheapest_stamped_route(n, roads, stamps, k, start, goal):
    adj = [[] for _ in range(n)]
    for u, v, w in roads:
        adj[u].append((v, w))
        adj[v].append((u, w))
    inf = float("inf")
    first = [inf] * n
    first[start] = 0
    first = _spread(adj, first)
    best = inf
    for order in permutations(range(k)):
        dist = first
        for kind in order:
            dist = _spread(adj, [d if stamps[v] == kind else inf for v, d in enumerate(dist)])
        best = min(best, dist[goal])
    return -1 if best == inf else best
