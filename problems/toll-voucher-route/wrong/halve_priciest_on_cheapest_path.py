# verdict: Wrong Answer
# Plain Dijkstra without the voucher state: finds the cheapest route at full price, then spends
# the voucher on the most expensive road of that route. A dearer route with one huge road can
# be cheaper once halved.
import heapq


def cheapest_drive(n, roads, start, goal):
    links = [[] for _ in range(n)]
    for u, v, toll in roads:
        links[u].append((v, toll))
        links[v].append((u, toll))
    inf = float("inf")
    dist = [inf] * n
    came = [None] * n
    dist[start] = 0
    heap = [(0, start)]
    while heap:
        d, town = heapq.heappop(heap)
        if d > dist[town]:
            continue
        for nxt, toll in links[town]:
            if d + toll < dist[nxt]:
                dist[nxt] = d + toll
                came[nxt] = toll
                heapq.heappush(heap, (d + toll, nxt))
    if dist[goal] == inf:
        return -1
    # walk back along the route to find its priciest road
    priciest = 0
    town = goal
    prev = [None] * n
    for u, v, toll in roads:
        for a, b in ((u, v), (v, u)):
            if dist[a] + toll == dist[b] and prev[b] is None and b != start:
                prev[b] = (a, toll)
    while town != start:
        a, toll = prev[town]
        priciest = max(priciest, toll)
        town = a
    return dist[goal] - priciest + priciest // 2
