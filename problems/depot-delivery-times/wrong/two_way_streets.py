# verdict: Wrong Answer
# Treats every street as two-way.
import heapq


def delivery_times(n, roads, depot):
    out = [[] for _ in range(n)]
    for u, v, minutes in roads:
        out[u].append((v, minutes))
        out[v].append((u, minutes))
    best = [-1] * n
    best[depot] = 0
    heap = [(0, depot)]
    done = [False] * n
    while heap:
        time, point = heapq.heappop(heap)
        if done[point]:
            continue
        done[point] = True
        for nxt, minutes in out[point]:
            if best[nxt] == -1 or time + minutes < best[nxt]:
                best[nxt] = time + minutes
                heapq.heappush(heap, (time + minutes, nxt))
    return best
