import heapq
def earliest_arrivals(n, lines, start, t0):
    out = [[] for _ in range(n)]
    for u, v, f, e, c in lines:
        out[u].append((v, f, e, c))
    INF = float('inf')
    best = [INF] * n; best[start] = t0
    h = [(t0, start)]
    while h:
        now, u = heapq.heappop(h)
        if now > best[u]:
            continue
        for v, f, e, c in out[u]:
            leave = f if now <= f else now + (f - now) % e
            a = leave + c
            if a < best[v]:
                best[v] = a; heapq.heappush(h, (a, v))
    return [-1 if x == INF else x for x in best]
