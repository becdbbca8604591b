# verdict: Time Limit Exceeded
# Scans every control for every treated customer: O(n_t * n_c), 10**10 steps at the limits.
def match_att(treatment, propensity, y, caliper):
    treatment, propensity, y = treatment.tolist(), propensity.tolist(), y.tolist()
    controls = [j for j, t in enumerate(treatment) if t == 0]
    diffs = []
    for i, t in enumerate(treatment):
        if t != 1:
            continue
        best, best_d = -1, float("inf")
        for j in controls:
            d = abs(propensity[i] - propensity[j])
            if d < best_d:
                best, best_d = j, d
        if best >= 0 and (caliper is None or best_d <= caliper):
            diffs.append(y[i] - y[best])
    return sum(diffs) / len(diffs) if diffs else None
