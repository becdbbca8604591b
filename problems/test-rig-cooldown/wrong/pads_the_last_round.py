# verdict: Wrong Answer
# Counts `top` full rounds, so the idle minutes after the last job are counted too.
from collections import Counter


def shortest_shift(jobs, cooldown):
    if not jobs:
        return 0
    top = max(Counter(jobs).values())
    return max(len(jobs), top * (cooldown + 1))
