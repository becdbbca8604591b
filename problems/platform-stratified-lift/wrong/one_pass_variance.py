# verdict: Runtime Error
# Computes each arm's variance in one pass, (sum of squares - n * mean**2) / (n - 1): for a
# constant arm of 0.1s the rounding makes the variance negative and math.sqrt fails; near 1e6
# with a spread of 0.01 it cancels to noise.
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
        var += w**2 * (((t * t).sum() - len(t) * t.mean() ** 2) / (len(t) - 1) / len(t) + ((c * c).sum() - len(c) * c.mean() ** 2) / (len(c) - 1) / len(c))
    se = math.sqrt(var)
    z = 1.959963984540054
    return {"effect": float(effect), "se": se, "lower": effect - z * se,
            "upper": effect + z * se, "strata_used": len(used)}
