# verdict: Wrong Answer
# Runs every remaining type once per round in name order and pads short rounds with idle
# minutes, which does not save the most frequent types for the shared gaps.
from collections import Counter


def shortest_shift(jobs, cooldown):
    left = Counter(jobs)
    minutes = 0
    while left:
        ran = 0
        for name in sorted(left):
            left[name] -= 1
            if left[name] == 0:
                del left[name]
            ran += 1
        minutes += ran if not left else max(ran, cooldown + 1)
    return minutes
