# verdict: Wrong Answer
# Adds one minute for the last round as if only one type had the top count.
from collections import Counter


def shortest_shift(jobs, cooldown):
    if not jobs:
        return 0
    top = max(Counter(jobs).values())
    return max(len(jobs), (top - 1) * (cooldown + 1) + 1)
