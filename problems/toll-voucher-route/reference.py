import heapq


def cheapest_drive(n: int, roads: list[list[int]], start: int, goal: int) -> int:
    links: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, toll in roads:
        links[u].append((v, toll))
        links[v].append((u, toll))
    # two layers of states: kept[town] while the voucher is still held, spent[town] once used
    unknown = float("inf")
    kept = [unknown] * n
    spent = [unknown] * n
    kept[start] = 0
    frontier = [(0, start, False)]
    while frontier:
        cost, town, used = heapq.heappop(frontier)
        if used:
            if cost > spent[town]:
                continue
            for nxt, toll in links[town]:
                full = cost + toll
                if full < spent[nxt]:
                    spent[nxt] = full
                    heapq.heappush(frontier, (full, nxt, True))
        else:
            if cost > kept[town]:
                continue
            for nxt, toll in links[town]:
                full = cost + toll
                if full < kept[nxt]:
                    kept[nxt] = full
                    heapq.heappush(frontier, (full, nxt, False))
                half = cost + toll // 2
                if half < spent[nxt]:
                    spent[nxt] = half
                    heapq.heappush(frontier, (half, nxt, True))
    best = min(kept[goal], spent[goal])
    return -1 if best == unknown else best
