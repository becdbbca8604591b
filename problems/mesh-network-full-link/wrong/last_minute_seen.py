# verdict: Wrong Answer
# Merges everything and then returns the minute of the last link in time order whenever the
# network ends up linked, instead of the minute the last merge happened.
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
    last = -1
    for minute, a, b in sorted(links):
        ra, rb = find(a), find(b)
        last = minute
        if ra != rb:
            parent[ra] = rb
            groups -= 1
    return last if groups == 1 else -1
