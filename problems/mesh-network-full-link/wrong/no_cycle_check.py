# verdict: Wrong Answer
# Counts every link as a merge, even one between masts that are already connected: n - 1
# links are not n - 1 merges.
def full_link_minute(n, links):
    if n == 1:
        return 0
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = n
    for minute, a, b in sorted(links):
        parent[find(a)] = find(b)
        groups -= 1
        if groups == 1:
            return minute
    return -1
