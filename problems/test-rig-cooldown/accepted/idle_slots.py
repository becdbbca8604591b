from collections import Counter


def shortest_shift(jobs, cooldown):
    # lay out the top type's rounds, then let the other jobs use up the idle minutes
    if not jobs:
        return 0
    counts = sorted(Counter(jobs).values(), reverse=True)
    top = counts[0]
    idle = (top - 1) * cooldown
    for count in counts[1:]:
        idle -= min(count, top - 1)
    return len(jobs) + max(0, idle)
