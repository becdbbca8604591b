from collections import deque


def fewest_flights(ranges):
    # breadth-first search; `seen` is the highest mast already queued, so each mast is queued once
    last = len(ranges) - 1
    if last == 0:
        return 0
    queue = deque([(0, 0)])
    seen = 0
    while queue:
        mast, flights = queue.popleft()
        top = min(last, mast + ranges[mast])
        if top == last:
            return flights + 1
        for nxt in range(seen + 1, top + 1):
            queue.append((nxt, flights + 1))
        seen = max(seen, top)
    return -1
