# verdict: Wrong Answer
# Drops the -2 R s_xy term of the delta-method variance.
from statistics import NormalDist

import numpy as np


def session_ctr_interval(sc, yc, st, yt, level):
    def arm(x, y):
        x = x.astype(float); y = y.astype(float)
        r = y.sum() / x.sum()
        v = (y.var(ddof=1) + r * r * x.var(ddof=1)) / (len(x) * x.mean() ** 2)
        return float(r), float(v)
    rc, vc = arm(sc, yc)
    rt, vt = arm(st, yt)
    d = rt - rc
    se = (vc + vt) ** 0.5
    z = NormalDist().inv_cdf(0.5 + level / 2)
    return {"ratio_control": rc, "ratio_treatment": rt, "difference": d, "std_error": se,
            "lower": d - z * se, "upper": d + z * se}
