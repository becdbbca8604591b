def covered_by_k(uptimes, k):
    events = []
    for s, e in uptimes:
        events.append((s, 1))
        events.append((e, -1))
    events.sort()
    total = active = 0
    prev = None
    for t, d in events:
        if active >= k:
            total += t - prev
        active += d
        prev = t
    return total
