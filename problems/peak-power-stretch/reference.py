def peak_power_stretch(jobs: list[list[int]]) -> list[int]:
    if not jobs:
        return []
    change: dict[int, int] = {}
    for start, end, watts in jobs:
        change[start] = change.get(start, 0) + watts
        change[end] = change.get(end, 0) - watts
    times = sorted(change)

    # draw[k] is the draw on [times[k], times[k + 1]): all changes at one time apply together
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
    return [peak, times[first], times[last + 1]]
