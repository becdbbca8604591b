# verdict: Time Limit Exceeded
# One vectorised scan over all controls per treated customer: still O(n_t * n_c).
import numpy as np


def match_att(treatment, propensity, y, caliper):
    t = treatment == 1
    ctrl = np.flatnonzero(~t)
    if not t.any() or ctrl.size == 0:
        return None
    e_c = propensity[ctrl]
    diffs = []
    for i in np.flatnonzero(t):
        d = np.abs(propensity[i] - e_c)
        k = int(d.argmin())
        if caliper is None or d[k] <= caliper:
            diffs.append(y[i] - y[ctrl[k]])
    return float(np.mean(diffs)) if diffs else None
