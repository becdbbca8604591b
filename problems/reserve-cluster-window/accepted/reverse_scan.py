def reserve_window(booked, new):
    # one pass from the right: each block is after the window, before it, or swallowed by it
    start, end = new
    before, after = [], []
    for s, e in reversed(booked):
        if s > end:
            after.append([s, e])
        elif e < start:
            before.append([s, e])
        else:
            start, end = min(start, s), max(end, e)
    before.reverse()
    after.reverse()
    return before + [[start, end]] + after
