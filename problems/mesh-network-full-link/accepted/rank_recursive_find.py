def full_link_minute(n, links):
    # union by rank with a recursive, fully compressing find
    parent = list(range(n))
    rank = [0] * n

    def find(x):
        if parent[x] != x:
            parent[x] = find(parent[x])
        return parent[x]

    remaining = n - 1
    if remaining == 0:
        return 0
    links = sorted(links, key=lambda link: link[0])
    for minute, a, b in links:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if rank[ra] < rank[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        if rank[ra] == rank[rb]:
            rank[ra] += 1
        remaining -= 1
        if remaining == 0:
            return minute
    return -1
