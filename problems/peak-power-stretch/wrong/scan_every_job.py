# verdict: Time Limit Exceeded
# Correct, but sums every job at every start or end time: O(n^2).
def peak_power_stretch(jobs: list[list[int]]) -> list[int]:
    if not jobs:
        return []
    times = sorted({t for start, end, _ in jobs for t in (start, end)})
    draw = []
    for t in times[:-1]:
        total = 0
        for start, end, watts in jobs:
            if start <= t < end:
                total += watts
        draw.append(total)
    peak = max(draw)
    first = draw.index(peak)
    last = first
    while last + 1 < len(draw) and draw[last + 1] == peak:
        last += 1
    return [peak, times[first], times[last + 1]]
