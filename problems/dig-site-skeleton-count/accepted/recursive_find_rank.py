# Recursive find with full path compression and union by rank.
import sys


def skeleton_counts(n, matches):
    sys.setrecursionlimit(10000)
    parent = list(range(n + 1))
    rank = [0] * (n + 1)

    def find(x):
        if parent[x] != x:
            parent[x] = find(parent[x])
        return parent[x]

    groups = n
    out = []
    for a, b in matches:
        ra, rb = find(a), find(b)
        if ra != rb:
            if rank[ra] < rank[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            if rank[ra] == rank[rb]:
                rank[ra] += 1
            groups -= 1
        out.append(groups)
    return out
