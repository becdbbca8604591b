import heapq
def delivery_times(n, roads, depot):
    adj = [[] for _ in range(n)]
    for u, v, m in roads:
        adj[u].append((v, m))
    INF = float('inf')
    d = [INF] * n; d[depot] = 0
    h = [(0, depot)]
    while h:
        t, u = heapq.heappop(h)
        if t > d[u]:
            continue
        for v, m in adj[u]:
            if t + m < d[v]:
                d[v] = t + m
                heapq.heappush(h, (d[v], v))
    return [-1 if x == INF else x for x in d]
