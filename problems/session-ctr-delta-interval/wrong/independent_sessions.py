# verdict: Wrong Answer
# Treats every session as an independent Bernoulli trial: Var(R) = R (1 - R) / sum(x), far too small when users are clustered.
from statistics import NormalDist

import numpy as np


def session_ctr_interval(sc, yc, st, yt, level):
    def arm(x, y):
        r = y.sum() / x.sum()
        return float(r), float(r * (1 - r) / x.sum())
    rc, vc = arm(sc, yc)
    rt, vt = arm(st, yt)
    d = rt - rc
    se = (vc + vt) ** 0.5
    z = NormalDist().inv_cdf(0.5 + level / 2)
    return {"ratio_control": rc, "ratio_treatment": rt, "difference": d, "std_error": se,
            "lower": d - z * se, "upper": d + z * se}
