# verdict: Wrong Answer
# Treats a job as running through its end second ([start, end] closed), so jobs that
# touch overlap for a second.
def peak_power_stretch(jobs: list[list[int]]) -> list[int]:
    if not jobs:
        return []
    change = {}
    for start, end, watts in jobs:
        change[start] = change.get(start, 0) + watts
        change[end + 1] = change.get(end + 1, 0) - watts
    times = sorted(change)
    draw = []
    level = 0
    for t in times[:-1]:
        level += change[t]
        draw.append(level)
    peak = max(draw)
    first = draw.index(peak)
    last = first
    while last + 1 < len(draw) and draw[last + 1] == peak:
        last += 1
    return [peak, times[first], times[last + 1] - 1]
