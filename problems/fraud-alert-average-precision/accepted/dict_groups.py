def average_precision(labels, scores):
    groups = {}
    for y, s in zip(labels.tolist(), scores.tolist()):
        count = groups.setdefault(s, [0, 0])
        count[0] += y == 1
        count[1] += 1
    n_pos = sum(g[0] for g in groups.values())
    if n_pos == 0:
        return 0.0
    tp = flagged = 0
    ap = 0.0
    for s in sorted(groups, reverse=True):
        pos, cnt = groups[s]
        tp += pos
        flagged += cnt
        ap += (pos / n_pos) * (tp / flagged)
    return ap
