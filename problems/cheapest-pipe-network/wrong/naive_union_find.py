# verdict: Time Limit Exceeded
# A union-find with neither path compression nor union by size: each find can walk a path
# as long as the village, O(n) per pipe, like searching for loops.
def cheapest_network(n, pipes):
    parent = list(range(n))
    def find(a):
        while parent[a] != a:
            a = parent[a]
        return a
    total = joined = 0
    for u, v, c in sorted(pipes, key=lambda p: p[2]):
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            total += c
            joined += 1
    return total if joined >= n - 1 else -1
