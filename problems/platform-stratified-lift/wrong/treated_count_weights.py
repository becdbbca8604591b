# verdict: Wrong Answer
# Weights each stratum by its share of the treated units (n_t_s / n_t) instead of its share
# of all units: right only when every stratum splits its units in the same proportion.
import math

import numpy as np


def stratified_lift(strata, arm, outcome):
    y = np.asarray(outcome, dtype=float)
    arm = np.asarray(arm)
    groups = {}
    for s, a, v in zip(strata, arm.tolist(), y.tolist()):
        groups.setdefault(s, ([], []))[a].append(v)
    used = [(np.array(c), np.array(t)) for c, t in groups.values() if len(c) >= 2 and len(t) >= 2]
    if not used:
        return None
    total = sum(len(t) for _, t in used)
    effect, var = 0.0, 0.0
    for c, t in used:
        w = len(t) / total
        effect += w * (t.mean() - c.mean())
        var += w**2 * (t.var(ddof=1) / len(t) + c.var(ddof=1) / len(c))
    se = math.sqrt(var)
    z = 1.959963984540054
    return {"effect": float(effect), "se": se, "lower": effect - z * se,
            "upper": effect + z * se, "strata_used": len(used)}
