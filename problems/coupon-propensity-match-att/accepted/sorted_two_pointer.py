import numpy as np


def match_att(treatment, propensity, y, caliper):
    t = treatment == 1
    trt, ctrl = np.flatnonzero(t), np.flatnonzero(~t)
    if trt.size == 0 or ctrl.size == 0:
        return None
    order = ctrl[np.lexsort((ctrl, propensity[ctrl]))]   # by score, then index
    cs = propensity[order].tolist()
    co = order.tolist()
    # first (lowest-index) control of every run of equal scores
    s, o = [], []
    for score, owner in zip(cs, co):
        if not s or s[-1] != score:
            s.append(score)
            o.append(owner)
    total, kept, k = 0.0, 0, 0
    for i in sorted(trt.tolist(), key=lambda i: propensity[i]):
        p = float(propensity[i])
        while k < len(s) and s[k] < p:
            k += 1
        best = None
        for c in (k - 1, k):
            if 0 <= c < len(s):
                cand = (abs(p - s[c]), o[c])
                if best is None or cand < best:
                    best = cand
        if caliper is None or best[0] <= caliper:
            total += float(y[i] - y[best[1]])
            kept += 1
    return total / kept if kept else None
