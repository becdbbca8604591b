# verdict: Wrong Answer
# Right search, but the voucher price of a road is rounded up instead of down.
import heapq


def cheapest_drive(n, roads, start, goal):
    links = [[] for _ in range(n)]
    for u, v, toll in roads:
        links[u].append((v, toll))
        links[v].append((u, toll))
    inf = float("inf")
    best = [[inf] * n, [inf] * n]
    best[0][start] = 0
    heap = [(0, start, 0)]
    while heap:
        d, town, used = heapq.heappop(heap)
        if d > best[used][town]:
            continue
        for nxt, toll in links[town]:
            if d + toll < best[used][nxt]:
                best[used][nxt] = d + toll
                heapq.heappush(heap, (d + toll, nxt, used))
            half = (toll + 1) // 2
            if not used and d + half < best[1][nxt]:
                best[1][nxt] = d + half
                heapq.heappush(heap, (d + half, nxt, 1))
    ans = min(best[0][goal], best[1][goal])
    return -1 if ans == inf else ans
