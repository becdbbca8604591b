import heapq


def _costs(n, links, source):
    inf = float("inf")
    dist = [inf] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, town = heapq.heappop(heap)
        if d > dist[town]:
            continue
        for nxt, toll in links[town]:
            if d + toll < dist[nxt]:
                dist[nxt] = d + toll
                heapq.heappush(heap, (d + toll, nxt))
    return dist


def cheapest_drive(n, roads, start, goal):
    # full-price costs from the start and to the goal; the voucher goes on the road between
    links = [[] for _ in range(n)]
    for u, v, toll in roads:
        links[u].append((v, toll))
        links[v].append((u, toll))
    out = _costs(n, links, start)
    back = _costs(n, links, goal)
    best = out[goal]
    for u, v, toll in roads:
        best = min(best, out[u] + toll // 2 + back[v], out[v] + toll // 2 + back[u])
    return -1 if best == float("inf") else best
