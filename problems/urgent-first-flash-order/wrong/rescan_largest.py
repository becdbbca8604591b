# verdict: Time Limit Exceeded
# Correct, but scans all devices for the largest free one at every step: O(n^2).
def flash_order(n, deps):
    feeders = [[] for _ in range(n)]
    out = [0] * n
    for a, b in deps:
        feeders[b].append(a)
        out[a] += 1
    placed = [False] * n
    back = []
    for _ in range(n):
        pick = -1
        for d in range(n - 1, -1, -1):
            if not placed[d] and out[d] == 0:
                pick = d
                break
        if pick == -1:
            return []
        placed[pick] = True
        back.append(pick)
        for f in feeders[pick]:
            out[f] -= 1
    return back[::-1]
