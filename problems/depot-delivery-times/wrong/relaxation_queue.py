# verdict: Time Limit Exceeded
# Queue-based Bellman-Ford (SPFA): correct, but a point can be improved and re-expanded once
# per round, O(n * len(roads)) on a graph built for it.
from collections import deque
def delivery_times(n, roads, depot):
    adj = [[] for _ in range(n)]
    for u, v, m in roads:
        adj[u].append((v, m))
    d = [-1] * n; d[depot] = 0
    q = deque([depot]); inq = [False] * n; inq[depot] = True
    while q:
        u = q.popleft(); inq[u] = False
        for v, m in adj[u]:
            if d[v] == -1 or d[u] + m < d[v]:
                d[v] = d[u] + m
                if not inq[v]:
                    inq[v] = True; q.append(v)
    return d
