# verdict: Wrong Answer
# Decides whether every well is joined from the raw parent array (len(set(parent)) == 1)
# instead of from the roots: a well whose parent is not yet the final root looks separate.
def cheapest_network(n, pipes):
    parent = list(range(n))
    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a
    total = 0
    for u, v, c in sorted(pipes, key=lambda p: p[2]):
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            total += c
    if n <= 1:
        return 0
    return total if len(set(parent)) == 1 else -1
