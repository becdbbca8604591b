# verdict: Time Limit Exceeded
# Correct Dijkstra, but finds the next closest point by scanning every point: O(n^2).
def delivery_times(n, roads, depot):
    out = [[] for _ in range(n)]
    for u, v, minutes in roads:
        out[u].append((v, minutes))
    best = [-1] * n
    best[depot] = 0
    done = [False] * n
    for _ in range(n):
        point = -1
        for p in range(n):
            if not done[p] and best[p] != -1 and (point == -1 or best[p] < best[point]):
                point = p
        if point == -1:
            break
        done[point] = True
        for nxt, minutes in out[point]:
            if best[nxt] == -1 or best[point] + minutes < best[nxt]:
                best[nxt] = best[point] + minutes
    return best
