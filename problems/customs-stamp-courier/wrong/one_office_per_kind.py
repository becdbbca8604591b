# verdict: Wrong Answer
# Remembers a single office for each kind (the last one listed), then tries every visiting
# order of those offices with a bitmask DP over shortest distances. Another office of the
# same kind may be much nearer.
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
    office = {}
    for t, s in enumerate(stamps):
        if s >= 0:
            office[s] = t
    if len(office) < k:
        return -1
    towns = [office[s] for s in range(k)]
    from_start = _dists(adj, start)
    dist = [_dists(adj, t) for t in towns]
    inf = float("inf")
    full = (1 << k) - 1
    dp = [[inf] * k for _ in range(1 << k)]
    for i in range(k):
        dp[1 << i][i] = from_start[towns[i]]
    for m in range(1 << k):
        for i in range(k):
            if dp[m][i] == inf:
                continue
            for j in range(k):
                if not m >> j & 1:
                    nm = m | 1 << j
                    dp[nm][j] = min(dp[nm][j], dp[m][i] + dist[i][towns[j]])
    if k == 0:
        best = from_start[goal]
    else:
        best = min(dp[full][i] + dist[i][goal] for i in range(k))
    return -1 if best == inf else best
