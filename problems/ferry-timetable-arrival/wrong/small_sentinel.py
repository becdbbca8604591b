# verdict: Wrong Answer
# Uses INF = 10**9 for 'not reached', but waiting for slow boats along a long route passes
# minute 10**9: those ports are reported unreachable.
import heapq
def earliest_arrivals(n, lines, start, t0):
    INF = 10**9
    out = [[] for _ in range(n)]
    for u, v, f, e, c in lines:
        out[u].append((v, f, e, c))
    best = [INF] * n; best[start] = t0
    h = [(t0, start)]
    while h:
        now, u = heapq.heappop(h)
        if now > best[u]:
            continue
        for v, f, e, c in out[u]:
            leave = f if now <= f else f + -(-(now - f) // e) * e
            a = leave + c
            if a < best[v]:
                best[v] = a; heapq.heappush(h, (a, v))
    return [-1 if x >= INF else x for x in best]
