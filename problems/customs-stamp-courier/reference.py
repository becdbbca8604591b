import heapq


def cheapest_stamped_route(n: int, roads: list[list[int]], stamps: list[int], k: int,
                           start: int, goal: int) -> int:
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, cost in roads:
        adj[u].append((v, cost))
        adj[v].append((u, cost))
    bits = [1 << s if s >= 0 else 0 for s in stamps]
    masks = 1 << k
    full = masks - 1
    best = [float("inf")] * (n * masks)
    first = bits[start]
    best[start * masks + first] = 0
    heap = [(0, start, first)]
    while heap:
        spent, town, held = heapq.heappop(heap)
        if town == goal and held == full:
            return spent
        if spent > best[town * masks + held]:
            continue
        for nxt, cost in adj[town]:
            now = held | bits[nxt]
            total = spent + cost
            slot = nxt * masks + now
            if total < best[slot]:
                best[slot] = total
                heapq.heappush(heap, (total, nxt, now))
    return -1
