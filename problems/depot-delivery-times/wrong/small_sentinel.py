# verdict: Wrong Answer
# Uses 10**8 as 'not reached yet', but a chain of 5 * 10**4 streets of 10**4 minutes takes
# almost 5 * 10**8 minutes: the far end of the chain is reported unreachable.
import heapq
def delivery_times(n, roads, depot):
    adj = [[] for _ in range(n)]
    for u, v, m in roads:
        adj[u].append((v, m))
    BIG = 10**8
    d = [BIG] * n; d[depot] = 0
    h = [(0, depot)]
    while h:
        t, u = heapq.heappop(h)
        if t > d[u]:
            continue
        for v, m in adj[u]:
            if t + m < d[v]:
                d[v] = t + m
                heapq.heappush(h, (d[v], v))
    return [x if x < BIG else -1 for x in d]
