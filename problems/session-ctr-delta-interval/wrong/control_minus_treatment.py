# verdict: Wrong Answer
# Reports ratio_control - ratio_treatment as the difference.
from statistics import NormalDist

import numpy as np


def session_ctr_interval(sc, yc, st, yt, level):
    def arm(x, y):
        x = x.astype(float); y = y.astype(float)
        r = y.sum() / x.sum()
        return float(r), float((y - r * x).var(ddof=1) / (len(x) * x.mean() ** 2))
    rt, vt = arm(sc, yc)
    rc, vc = arm(st, yt)
    d = rt - rc
    se = (vc + vt) ** 0.5
    z = NormalDist().inv_cdf(0.5 + level / 2)
    return {"ratio_control": rt, "ratio_treatment": rc, "difference": d, "std_error": se,
            "lower": d - z * se, "upper": d + z * se}
