# verdict: Wrong Answer
# Keeps each skill's dependants in a set (a repeated pair releases once) but counts every
# repeat as a missing need: a skill behind a repeated pair is never released.
from collections import deque


def all_unlockable(n, needs):
    unlocks = [set() for _ in range(n)]
    missing = [0] * n
    for a, b in needs:
        unlocks[b].add(a)
        missing[a] += 1
    ready = deque(s for s in range(n) if missing[s] == 0)
    done = 0
    while ready:
        s = ready.popleft()
        done += 1
        for a in unlocks[s]:
            missing[a] -= 1
            if missing[a] == 0:
                ready.append(a)
    return done == n
