# verdict: Wrong Answer
# Uses z = 1.96 instead of 1.959963984540054: the interval ends move by 3.6e-5 * se.
import math

import numpy as np


def stratified_lift(strata, arm, outcome):
    y = np.asarray(outcome, dtype=float)
    arm = np.asarray(arm)
    groups = {}
    for s, a, v in zip(strata, arm.tolist(), y.tolist()):
        groups.setdefault(s, ([], []))[a].append(v)
    MIN = 2
    used = [(np.array(c), np.array(t)) for c, t in groups.values()
            if len(c) >= MIN and len(t) >= MIN]
    if not used:
        return None
    total = sum(len(c) + len(t) for c, t in used)
    effect, var = 0.0, 0.0
    for c, t in used:
        w = (len(c) + len(t)) / total
        effect += w * (t.mean() - c.mean())
        var += w**2 * (t.var(ddof=1) / len(t) + c.var(ddof=1) / len(c))
    se = math.sqrt(var)
    z = 1.96
    return {"effect": float(effect), "se": se, "lower": effect - z * se,
            "upper": effect + z * se, "strata_used": len(used)}
