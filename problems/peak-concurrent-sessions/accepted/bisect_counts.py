from bisect import bisect_right
def peak_concurrency(sessions):
    starts = sorted(s for s, _ in sessions)
    ends = sorted(e for _, e in sessions)
    return max((bisect_right(starts, s) - bisect_right(ends, s) for s in starts), default=0)
