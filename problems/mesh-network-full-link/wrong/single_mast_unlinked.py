# verdict: Wrong Answer
# Right for n >= 2, but a single mast with no merge to make is reported as never linked.
def full_link_minute(n, links):
    parent = list(range(n))
    size = [1] * n

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = n
    for minute, a, b in sorted(links):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
        groups -= 1
        if groups == 1:
            return minute
    return -1
