def cheapest_network(n: int, pipes: list[list[int]]) -> int:
    parent = list(range(n))
    members = [1] * n

    def root(a: int) -> int:
        top = a
        while parent[top] != top:
            top = parent[top]
        while parent[a] != top:
            parent[a], a = top, parent[a]
        return top

    total = 0
    joined = 0
    for u, v, cost in sorted(pipes, key=lambda pipe: pipe[2]):
        ru, rv = root(u), root(v)
        if ru == rv:
            continue
        if members[ru] < members[rv]:
            ru, rv = rv, ru
        parent[rv] = ru
        members[ru] += members[rv]
        total += cost
        joined += 1
        if joined == n - 1:
            break
    return total if joined >= n - 1 else -1
