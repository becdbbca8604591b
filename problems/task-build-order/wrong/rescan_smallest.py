# verdict: Time Limit Exceeded
# Correct, but scans all targets for the smallest ready one at every step: O(n^2).
def build_order(n, deps):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in deps:
        after[a].append(b)
        waiting[b] += 1
    done = [False] * n
    order = []
    for _ in range(n):
        pick = -1
        for t in range(n):
            if not done[t] and waiting[t] == 0:
                pick = t
                break
        if pick == -1:
            return []
        done[pick] = True
        order.append(pick)
        for nxt in after[pick]:
            waiting[nxt] -= 1
    return order
