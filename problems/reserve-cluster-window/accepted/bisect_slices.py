from bisect import bisect_left, bisect_right


def reserve_window(booked, new):
    start, end = new
    ends = [e for _, e in booked]
    starts = [s for s, _ in booked]
    lo = bisect_left(ends, start)      # first block ending at or after start: it meets the window
    hi = bisect_right(starts, end)     # blocks from lo up to hi fuse
    if lo < hi:
        start = min(start, booked[lo][0])
        end = max(end, booked[hi - 1][1])
    return [list(b) for b in booked[:lo]] + [[start, end]] + [list(b) for b in booked[hi:]]
