def diff_in_diff(unit, treated, post, y):
    sums = [[0.0, 0.0], [0.0, 0.0]]
    counts = [[0, 0], [0, 0]]
    for t, p, v in zip(treated, post, y):
        sums[int(t)][int(p)] += float(v)
        counts[int(t)][int(p)] += 1
    if min(counts[0] + counts[1]) == 0:
        return None
    m = [[sums[g][q] / counts[g][q] for q in (0, 1)] for g in (0, 1)]
    return (m[1][1] - m[1][0]) - (m[0][1] - m[0][0])
