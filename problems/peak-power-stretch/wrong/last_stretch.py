# verdict: Wrong Answer
# Keeps the last stretch at the peak instead of the first (>= where > was meant).
def peak_power_stretch(jobs: list[list[int]]) -> list[int]:
    if not jobs:
        return []
    change = {}
    for start, end, watts in jobs:
        change[start] = change.get(start, 0) + watts
        change[end] = change.get(end, 0) - watts
    times = sorted(t for t in change if change[t] != 0)
    best = None
    level = 0
    for k in range(len(times) - 1):
        level += change[times[k]]
        if best is None or level >= best[0]:
            best = [level, times[k], times[k + 1]]
    return best
