# verdict: Wrong Answer
# One search with a single "visited" mark: reaching any visited skill again is taken for a
# circle, so two routes to the same skill (a diamond) are reported as impossible.
def all_unlockable(n, needs):
    need = [[] for _ in range(n)]
    for a, b in needs:
        need[a].append(b)
    seen = [False] * n
    for s in range(n):
        if seen[s]:
            continue
        seen[s] = True
        stack = [s]
        while stack:
            x = stack.pop()
            for b in need[x]:
                if seen[b]:
                    return False
                seen[b] = True
                stack.append(b)
    return True
