# verdict: Wrong Answer
# Makes each round `cooldown` minutes long, forgetting the minute of the job itself.
from collections import Counter


def shortest_shift(jobs, cooldown):
    if not jobs:
        return 0
    counts = Counter(jobs).values()
    top = max(counts)
    tied = sum(1 for c in counts if c == top)
    return max(len(jobs), (top - 1) * cooldown + tied)
