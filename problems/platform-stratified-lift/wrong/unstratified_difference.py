# verdict: Wrong Answer
# Ignores the strata: the overall treated mean minus the overall control mean (over the units
# of the used strata), with the unpooled standard error of that difference.
import math

import numpy as np


def stratified_lift(strata, arm, outcome):
    y = np.asarray(outcome, dtype=float)
    arm = np.asarray(arm)
    labels = sorted(set(strata))
    index = {s: k for k, s in enumerate(labels)}
    code = np.array([index[s] for s in strata], dtype=np.int64)
    keep = [k for k in range(len(labels))
            if min(np.sum((code == k) & (arm == 0)), np.sum((code == k) & (arm == 1))) >= 2]
    if not keep:
        return None
    mask = np.isin(code, keep)
    t, c = y[mask & (arm == 1)], y[mask & (arm == 0)]
    effect = float(t.mean() - c.mean())
    se = math.sqrt(t.var(ddof=1) / len(t) + c.var(ddof=1) / len(c))
    z = 1.959963984540054
    return {"effect": effect, "se": se, "lower": effect - z * se, "upper": effect + z * se,
            "strata_used": len(keep)}
