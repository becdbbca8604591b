# verdict: Wrong Answer
# Processes the links in log order, forgetting that the log is not sorted by minute.
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
    for minute, a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            groups -= 1
            if groups == 1:
                return minute
    return -1
