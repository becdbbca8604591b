# verdict: Wrong Answer
# Averages the per-user rates y / x (with their plain standard error) instead of taking the ratio of sums.
from statistics import NormalDist

import numpy as np


def session_ctr_interval(sc, yc, st, yt, level):
    def arm(x, y):
        u = y / x
        return float(u.mean()), float(u.var(ddof=1) / len(u))
    rc, vc = arm(sc, yc)
    rt, vt = arm(st, yt)
    d = rt - rc
    se = (vc + vt) ** 0.5
    z = NormalDist().inv_cdf(0.5 + level / 2)
    return {"ratio_control": rc, "ratio_treatment": rt, "difference": d, "std_error": se,
            "lower": d - z * se, "upper": d + z * se}
