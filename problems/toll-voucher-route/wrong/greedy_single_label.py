# verdict: Wrong Answer
# One label per town: each town keeps only its cheapest cost so far and whether the voucher was
# spent on the way. Spending the voucher early on a cheap road then blocks a better later use.
import heapq


def cheapest_drive(n, roads, start, goal):
    links = [[] for _ in range(n)]
    for u, v, toll in roads:
        links[u].append((v, toll))
        links[v].append((u, toll))
    inf = float("inf")
    dist = [inf] * n
    used = [False] * n
    dist[start] = 0
    heap = [(0, start)]
    while heap:
        d, town = heapq.heappop(heap)
        if d > dist[town]:
            continue
        for nxt, toll in links[town]:
            if used[town]:
                cost, spent = d + toll, True
            else:
                cost, spent = d + toll // 2, True
            if cost < dist[nxt]:
                dist[nxt] = cost
                used[nxt] = spent
                heapq.heappush(heap, (cost, nxt))
    return -1 if dist[goal] == inf else dist[goal]
