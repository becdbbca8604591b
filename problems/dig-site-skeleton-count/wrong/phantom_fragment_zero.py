# verdict: Wrong Answer
# Makes room for fragments 1..n with a table of n + 1 entries, then counts the groups as the
# size of the table: the unused slot 0 counts as one more skeleton.
def skeleton_counts(n, matches):
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = len(parent)
    out = []
    for a, b in matches:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            groups -= 1
        out.append(groups)
    return out
