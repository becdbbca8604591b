# verdict: Runtime Error
# Sizes the parent table for fragments 0..n-1: fragment n is past its end.
def skeleton_counts(n, matches):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = n
    out = []
    for a, b in matches:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            groups -= 1
        out.append(groups)
    return out
