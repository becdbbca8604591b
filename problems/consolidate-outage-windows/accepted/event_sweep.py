def consolidate_outages(reports):
    # +1 at each start, -1 at each end; at equal times starts come first (0 < 1), so windows
    # that touch keep the depth above zero and merge
    events = []
    for start, end in reports:
        events.append((start, 0))
        events.append((end, 1))
    events.sort()
    out = []
    depth = 0
    for t, kind in events:
        if kind == 0:
            if depth == 0:
                opened = t
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                out.append([opened, t])
    return out
