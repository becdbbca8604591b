# verdict: Wrong Answer
# Sorts single events with ends before starts at equal times (right for the peak) but
# checks the draw after every single event: a time where one job hands over to another
# looks like a dip, so the peak stretch is cut short there.
def peak_power_stretch(jobs: list[list[int]]) -> list[int]:
    if not jobs:
        return []
    events = []
    for start, end, watts in jobs:
        events.append((start, watts))
        events.append((end, -watts))
    events.sort()
    level = peak = 0
    for _, delta in events:
        level += delta
        peak = max(peak, level)
    level = 0
    run_from = None
    for t, delta in events:
        level += delta
        if run_from is None and level == peak:
            run_from = t
        elif run_from is not None and level < peak:
            return [peak, run_from, t]
    return [peak, run_from, events[-1][0]]
