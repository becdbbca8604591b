from collections import Counter


def shortest_shift(jobs: list[str], cooldown: int) -> int:
    if not jobs:
        return 0
    counts = list(Counter(jobs).values())
    top = max(counts)
    tied = counts.count(top)
    # the most frequent types need top - 1 full rounds of cooldown + 1 minutes and then one
    # minute each; when other jobs overflow those rounds no minute is idle at all
    return max(len(jobs), (top - 1) * (cooldown + 1) + tied)
