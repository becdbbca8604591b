# verdict: Wrong Answer
# Returns the cost of the cheapest forest even when some wells stay unconnected.
def cheapest_network(n, pipes):
    parent = list(range(n))

    def root(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    total = 0
    for u, v, cost in sorted(pipes, key=lambda pipe: pipe[2]):
        ru, rv = root(u), root(v)
        if ru != rv:
            parent[ru] = rv
            total += cost
    return total
