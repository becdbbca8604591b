# verdict: Runtime Error
# Right formula, but max() of no counts raises when there are no jobs.
from collections import Counter


def shortest_shift(jobs, cooldown):
    counts = Counter(jobs).values()
    top = max(counts)
    tied = sum(1 for c in counts if c == top)
    return max(len(jobs), (top - 1) * (cooldown + 1) + tied)
