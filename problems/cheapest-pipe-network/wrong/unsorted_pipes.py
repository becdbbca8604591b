# verdict: Wrong Answer
# Builds pipes in survey order, skipping those that close a loop: a network, not the cheapest.
def cheapest_network(n, pipes):
    parent = list(range(n))

    def root(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    total = 0
    joined = 0
    for u, v, cost in pipes:
        ru, rv = root(u), root(v)
        if ru != rv:
            parent[ru] = rv
            total += cost
            joined += 1
    return total if joined >= n - 1 else -1
