# verdict: Time Limit Exceeded
# Queue-based relaxation (SPFA): correct, but a port can be improved and its lines
# re-expanded once per round, O(n * len(lines)) on a map built for it.
from collections import deque
def earliest_arrivals(n, lines, start, t0):
    out = [[] for _ in range(n)]
    for u, v, f, e, c in lines:
        out[u].append((v, f, e, c))
    best = [-1] * n; best[start] = t0
    q = deque([start]); inq = [False] * n; inq[start] = True
    while q:
        u = q.popleft(); inq[u] = False
        now = best[u]
        for v, f, e, c in out[u]:
            leave = f if now <= f else f + -(-(now - f) // e) * e
            a = leave + c
            if best[v] == -1 or a < best[v]:
                best[v] = a
                if not inq[v]:
                    inq[v] = True; q.append(v)
    return best
