# verdict: Wrong Answer
# Places the new window when it meets the first block after it, and so loses it when no
# block lies after it.
def reserve_window(booked, new):
    start, end = new
    out = []
    placed = False
    for s, e in booked:
        if e < start:
            out.append([s, e])
        elif s > end:
            if not placed:
                out.append([start, end])
                placed = True
            out.append([s, e])
        else:
            start, end = min(start, s), max(end, e)
    if not booked:
        out.append([start, end])
    return out
