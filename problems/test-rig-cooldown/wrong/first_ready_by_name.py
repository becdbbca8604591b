# verdict: Wrong Answer
# Simulates the shift but runs the ready type that comes first by name instead of the one with
# the most jobs left, and jumps over idle stretches.
from collections import Counter


def shortest_shift(jobs, cooldown):
    left = Counter(jobs)
    next_free = {name: 0 for name in left}
    minute, done = 0, 0
    while done < len(jobs):
        ready = [name for name in sorted(left) if left[name] and next_free[name] <= minute]
        if not ready:
            minute = min(next_free[name] for name in left if left[name])
            continue
        name = ready[0]
        left[name] -= 1
        next_free[name] = minute + cooldown + 1
        done += 1
        minute += 1
    return minute
