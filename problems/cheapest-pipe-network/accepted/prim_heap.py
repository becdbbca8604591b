import heapq
def cheapest_network(n, pipes):
    if n <= 1:
        return 0
    adj = [[] for _ in range(n)]
    for u, v, c in pipes:
        if u != v:
            adj[u].append((c, v)); adj[v].append((c, u))
    seen = [False] * n
    h = [(0, 0)]; total = 0; count = 0
    while h:
        c, v = heapq.heappop(h)
        if seen[v]:
            continue
        seen[v] = True; total += c; count += 1
        for e in adj[v]:
            if not seen[e[1]]:
                heapq.heappush(h, e)
    return total if count == n else -1
