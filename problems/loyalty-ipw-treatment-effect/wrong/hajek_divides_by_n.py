# verdict: Wrong Answer
# The Hajek branch still divides by n instead of by the sum of each group's weights.
import numpy as np


def ipw_ate(treatment, y, propensity, clip, normalized):
    t = np.asarray(treatment) == 1
    y = np.asarray(y, dtype=float)
    p = np.asarray(propensity, dtype=float)
    e = np.clip(p, clip, 1 - clip)
    wt = np.where(t, 1 / e, 0.0)
    wc = np.where(t, 0.0, 1 / (1 - e))
    if normalized:
        return float((wt * y).sum() / len(y) - (wc * y).sum() / len(y))
    return float((wt * y).sum() / len(y) - (wc * y).sum() / len(y))
