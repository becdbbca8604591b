# verdict: Wrong Answer
# Skips self-matches but never asks whether the two fragments are already together:
# every other match lowers the count.
def skeleton_counts(n, matches):
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = n
    out = []
    for a, b in matches:
        if a != b:
            parent[find(a)] = find(b)
            groups -= 1
        out.append(groups)
    return out
