# verdict: Wrong Answer
# Processes starts before ends at equal times, so a job starting when another ends is
# counted as running together with it: the peak comes out too high.
def peak_power_stretch(jobs: list[list[int]]) -> list[int]:
    if not jobs:
        return []
    events = []
    for start, end, watts in jobs:
        events.append((start, 0, watts))
        events.append((end, 1, -watts))
    events.sort()
    level = peak = 0
    for _, _, delta in events:
        level += delta
        peak = max(peak, level)
    level = 0
    run_from = None
    for t, _, delta in events:
        level += delta
        if run_from is None and level == peak:
            run_from = t
        elif run_from is not None and level < peak:
            return [peak, run_from, t]
    return [peak, run_from, events[-1][0]]
