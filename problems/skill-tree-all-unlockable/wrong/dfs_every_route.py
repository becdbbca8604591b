# verdict: Time Limit Exceeded
# Correct, but from every skill it walks every route of needs, remembering only the skills
# on the current route: nothing is marked as already checked, so a ladder of alternative
# routes is explored exponentially often (and a chain quadratically).
def all_unlockable(n, needs):
    need = [[] for _ in range(n)]
    for a, b in needs:
        need[a].append(b)
    on_route = [False] * n

    def circle_from(s):
        if on_route[s]:
            return True
        on_route[s] = True
        for b in need[s]:
            if circle_from(b):
                on_route[s] = False
                return True
        on_route[s] = False
        return False

    for s in range(n):
        if circle_from(s):
            return False
    return True
