# Recursive depth-first search with a "finished" mark so every skill is explored once.
def all_unlockable(n, needs):
    need = [[] for _ in range(n)]
    for a, b in needs:
        need[a].append(b)
    on_route = [False] * n
    finished = [False] * n

    def ok(s):
        on_route[s] = True
        for b in need[s]:
            if on_route[b]:
                return False
            if not finished[b] and not ok(b):
                return False
        on_route[s] = False
        finished[s] = True
        return True

    return all(finished[s] or ok(s) for s in range(n))
