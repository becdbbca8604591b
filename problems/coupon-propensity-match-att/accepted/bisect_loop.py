from bisect import bisect_left


def match_att(treatment, propensity, y, caliper):
    treatment, propensity, y = treatment.tolist(), propensity.tolist(), y.tolist()
    best_owner = {}
    for j, t in enumerate(treatment):
        if t == 0 and propensity[j] not in best_owner:
            best_owner[propensity[j]] = j
    if not best_owner:
        return None
    scores = sorted(best_owner)
    total, kept = 0.0, 0
    for i, t in enumerate(treatment):
        if t != 1:
            continue
        p = propensity[i]
        k = bisect_left(scores, p)
        options = [scores[c] for c in (k - 1, k) if 0 <= c < len(scores)]
        d, j = min((abs(p - s), best_owner[s]) for s in options)
        if caliper is None or d <= caliper:
            total += y[i] - y[j]
            kept += 1
    return total / kept if kept else None
