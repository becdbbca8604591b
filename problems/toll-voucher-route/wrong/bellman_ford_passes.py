# verdict: Time Limit Exceeded
# Correct two-layer relaxation, but by Bellman-Ford passes over every road until nothing
# improves: a chain listed from the far end needs n passes, O(n * len(roads)).
def cheapest_drive(n, roads, start, goal):
    inf = float("inf")
    kept = [inf] * n
    spent = [inf] * n
    kept[start] = 0
    changed = True
    while changed:
        changed = False
        for u, v, toll in roads:
            for a, b in ((u, v), (v, u)):
                if kept[a] + toll < kept[b]:
                    kept[b] = kept[a] + toll
                    changed = True
                if kept[a] + toll // 2 < spent[b]:
                    spent[b] = kept[a] + toll // 2
                    changed = True
                if spent[a] + toll < spent[b]:
                    spent[b] = spent[a] + toll
                    changed = True
    best = min(kept[goal], spent[goal])
    return -1 if best == inf else best
