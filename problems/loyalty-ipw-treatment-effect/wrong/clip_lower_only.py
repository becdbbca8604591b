# verdict: Wrong Answer
# Clips only from below (max(e, clip)): scores near 1 keep huge non-member weights.
import numpy as np


def ipw_ate(treatment, y, propensity, clip, normalized):
    t = np.asarray(treatment) == 1
    y = np.asarray(y, dtype=float)
    p = np.asarray(propensity, dtype=float)
    e = np.maximum(p, clip)
    wt = np.where(t, 1 / e, 0.0)
    wc = np.where(t, 0.0, 1 / (1 - e))
    if normalized:
        return float((wt * y).sum() / wt.sum() - (wc * y).sum() / wc.sum())
    return float((wt * y).sum() / len(y) - (wc * y).sum() / len(y))
