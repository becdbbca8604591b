from itertools import groupby


def peak_power_stretch(jobs: list[list[int]]) -> list[int]:
    """One pass over the events grouped by time, keeping the best stretch so far."""
    if not jobs:
        return []
    events = sorted([(s, w) for s, _, w in jobs] + [(e, -w) for _, e, w in jobs])
    level = 0
    best = None  # [peak, from, to]; to stays None while that stretch is still running
    for t, group in groupby(events, key=lambda ev: ev[0]):
        delta = sum(d for _, d in group)
        if delta == 0:
            continue  # jobs hand over at t: the draw does not change
        if best is not None and best[2] is None:
            best[2] = t
        level += delta
        if best is None or level > best[0]:
            best = [level, t, None]
    return best
