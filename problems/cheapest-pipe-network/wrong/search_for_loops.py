# verdict: Time Limit Exceeded
# Correct Kruskal, but asks "are u and v already connected?" with a fresh graph search over
# the pipes built so far: O(n) per pipe.
def cheapest_network(n, pipes):
    built = [[] for _ in range(n)]
    total = 0
    joined = 0
    for u, v, cost in sorted(pipes, key=lambda pipe: pipe[2]):
        seen = {u}
        stack = [u]
        while stack:
            well = stack.pop()
            for nxt in built[well]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        if v in seen:
            continue
        built[u].append(v)
        built[v].append(u)
        total += cost
        joined += 1
    return total if joined >= n - 1 else -1
