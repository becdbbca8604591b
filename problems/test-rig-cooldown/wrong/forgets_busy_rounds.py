# verdict: Wrong Answer
# Uses the rounds formula alone, forgetting that when the other jobs overflow the rounds the
# shift simply lasts one minute per job.
from collections import Counter


def shortest_shift(jobs, cooldown):
    if not jobs:
        return 0
    counts = Counter(jobs).values()
    top = max(counts)
    tied = sum(1 for c in counts if c == top)
    return (top - 1) * (cooldown + 1) + tied
