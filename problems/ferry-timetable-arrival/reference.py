import heapq


def earliest_arrivals(n: int, lines: list[list[int]], start: int, t0: int) -> list[int]:
    out: list[list[tuple[int, int, int, int]]] = [[] for _ in range(n)]
    for u, v, first, every, crossing in lines:
        out[u].append((v, first, every, crossing))
    best = [-1] * n
    best[start] = t0
    settled = [False] * n
    heap = [(t0, start)]
    while heap:
        now, port = heapq.heappop(heap)
        if settled[port]:
            continue
        settled[port] = True
        for nxt, first, every, crossing in out[port]:
            if now <= first:
                leave = first
            else:
                leave = first + -(-(now - first) // every) * every
            arrive = leave + crossing
            if best[nxt] == -1 or arrive < best[nxt]:
                best[nxt] = arrive
                heapq.heappush(heap, (arrive, nxt))
    return best
