# verdict: Wrong Answer
# Divides the residual variance by n**2 * mean(x)**2 (the square of the total sessions over n) instead of n * mean(x)**2.
from statistics import NormalDist

import numpy as np


def session_ctr_interval(sc, yc, st, yt, level):
    def arm(x, y):
        x = x.astype(float); y = y.astype(float)
        r = y.sum() / x.sum()
        return float(r), float((y - r * x).var(ddof=1) / (len(x) * x.mean()) ** 2)
    rc, vc = arm(sc, yc)
    rt, vt = arm(st, yt)
    d = rt - rc
    se = (vc + vt) ** 0.5
    z = NormalDist().inv_cdf(0.5 + level / 2)
    return {"ratio_control": rc, "ratio_treatment": rt, "difference": d, "std_error": se,
            "lower": d - z * se, "upper": d + z * se}
