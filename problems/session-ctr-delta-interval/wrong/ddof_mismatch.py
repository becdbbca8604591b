# verdict: Wrong Answer
# Takes s_xx and s_yy from np.var (ddof=0 by default) but s_xy from np.cov (ddof=1 by default).
from statistics import NormalDist

import numpy as np


def session_ctr_interval(sc, yc, st, yt, level):
    def arm(x, y):
        x = x.astype(float); y = y.astype(float)
        r = y.sum() / x.sum()
        v = (np.var(y) - 2 * r * np.cov(x, y)[0, 1] + r * r * np.var(x)) / (len(x) * x.mean() ** 2)
        return float(r), float(max(v, 0.0))
    rc, vc = arm(sc, yc)
    rt, vt = arm(st, yt)
    d = rt - rc
    se = (vc + vt) ** 0.5
    z = NormalDist().inv_cdf(0.5 + level / 2)
    return {"ratio_control": rc, "ratio_treatment": rt, "difference": d, "std_error": se,
            "lower": d - z * se, "upper": d + z * se}
