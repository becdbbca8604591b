def peak_concurrency(sessions: list[list[int]]) -> int:
    events = []
    for start, end in sessions:
        events.append((start, 1))
        events.append((end, -1))
    # at equal times -1 sorts before +1: a session ending at t frees its slot first
    events.sort()
    active = 0
    peak = 0
    for _, change in events:
        active += change
        if active > peak:
            peak = active
    return peak
