# verdict: Wrong Answer
# Greedy: repeatedly drives to the cheapest-to-reach town that issues a kind not collected
# yet, then drives to the port. Stamps picked up on the way are kept, but the order of the
# visits is never questioned.
import heapq


def _dists(adj, src):
    dist = [float("inf")] * len(adj)
    dist[src] = 0
    heap = [(0, src)]
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
    held = set()
    if stamps[start] >= 0:
        held.add(stamps[start])
    here, total = start, 0
    while len(held) < k:
        dist = _dists(adj, here)
        options = [(dist[t], t) for t in range(n)
                   if stamps[t] >= 0 and stamps[t] not in held and dist[t] < float("inf")]
        if not options:
            return -1
        d, t = min(options)
        total += d
        held.add(stamps[t])
        here = t
    d = _dists(adj, here)[goal]
    return -1 if d == float("inf") else total + d
