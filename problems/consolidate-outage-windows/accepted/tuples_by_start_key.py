def consolidate_outages(reports):
    # sorts by start only and returns tuples: a sequence of pairs is what the task asks for
    out = []
    cur = None
    for start, end in sorted(reports, key=lambda w: w[0]):
        if cur is not None and start <= cur[1]:
            cur = (cur[0], max(cur[1], end))
        else:
            if cur is not None:
                out.append(cur)
            cur = (start, end)
    if cur is not None:
        out.append(cur)
    return out
