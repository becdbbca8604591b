# verdict: Wrong Answer
# Processes starts before ends at equal times, so touching sessions are counted together.
def peak_concurrency(sessions: list[list[int]]) -> int:
    events = []
    for start, end in sessions:
        events.append((start, 0))
        events.append((end, 1))
    events.sort()
    active = 0
    peak = 0
    for _, kind in events:
        active += 1 if kind == 0 else -1
        peak = max(peak, active)
    return peak
