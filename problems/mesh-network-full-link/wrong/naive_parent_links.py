# verdict: Time Limit Exceeded
# Union-find with neither path compression nor union by size: when every mast links to the same
# mast, the trees become one long path and each find walks it, O(n^2) overall.
def full_link_minute(n, links):
    if n == 1:
        return 0
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    groups = n
    for minute, a, b in sorted(links):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            groups -= 1
            if groups == 1:
                return minute
    return -1
