def covered_by_k(uptimes: list[list[int]], k: int) -> int:
    changes: dict[int, int] = {}
    for start, end in uptimes:
        changes[start] = changes.get(start, 0) + 1
        changes[end] = changes.get(end, 0) - 1
    total = 0
    active = 0
    previous = None
    for time in sorted(changes):
        # the stretch [previous, time) had `active` windows up
        if previous is not None and active >= k:
            total += time - previous
        active += changes[time]
        previous = time
    return total
