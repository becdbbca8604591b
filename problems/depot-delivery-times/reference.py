import heapq


def delivery_times(n: int, roads: list[list[int]], depot: int) -> list[int]:
    out: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, minutes in roads:
        out[u].append((v, minutes))
    best = [-1] * n
    best[depot] = 0
    settled = [False] * n
    heap = [(0, depot)]
    while heap:
        time, point = heapq.heappop(heap)
        if settled[point]:
            continue
        settled[point] = True
        for nxt, minutes in out[point]:
            candidate = time + minutes
            if best[nxt] == -1 or candidate < best[nxt]:
                best[nxt] = candidate
                heapq.heappush(heap, (candidate, nxt))
    return best
