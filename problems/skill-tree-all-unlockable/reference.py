from collections import deque


def all_unlockable(n: int, needs: list[list[int]]) -> bool:
    unlocks: list[list[int]] = [[] for _ in range(n)]
    missing = [0] * n
    for a, b in needs:
        unlocks[b].append(a)
        missing[a] += 1
    ready = deque(s for s in range(n) if missing[s] == 0)
    unlocked = 0
    while ready:
        skill = ready.popleft()
        unlocked += 1
        for nxt in unlocks[skill]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                ready.append(nxt)
    return unlocked == n
