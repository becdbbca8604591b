# verdict: Wrong Answer
# Sums all changes at a time together (right), but returns the first piece between two
# event times at the peak without joining the next pieces that stay at the peak.
def peak_power_stretch(jobs: list[list[int]]) -> list[int]:
    if not jobs:
        return []
    change = {}
    for start, end, watts in jobs:
        change[start] = change.get(start, 0) + watts
        change[end] = change.get(end, 0) - watts
    times = sorted(change)
    best = None
    level = 0
    for k in range(len(times) - 1):
        level += change[times[k]]
        if best is None or level > best[0]:
            best = [level, times[k], times[k + 1]]
    return best
