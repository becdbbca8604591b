# verdict: Wrong Answer
# Matches without replacement: treated customers in index order each take the nearest control
# not used yet (lowest index on ties); once controls run out the rest are dropped.
import numpy as np


def match_att(treatment, propensity, y, caliper):
    t = treatment == 1
    trt, ctrl = np.flatnonzero(t), np.flatnonzero(~t)
    if trt.size == 0 or ctrl.size == 0:
        return None
    free = np.ones(ctrl.size, bool)
    diffs = []
    for i in trt:
        if not free.any():
            break
        d = np.where(free, np.abs(propensity[i] - propensity[ctrl]), np.inf)
        k = int(d.argmin())
        if caliper is None or d[k] <= caliper:
            free[k] = False
            diffs.append(y[i] - y[ctrl[k]])
    return float(np.mean(diffs)) if diffs else None
