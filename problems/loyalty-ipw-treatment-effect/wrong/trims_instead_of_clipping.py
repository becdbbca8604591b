# verdict: Wrong Answer
# Drops customers whose score lies outside [clip, 1 - clip] (trimming) instead of clipping
# their scores, and divides by the number kept.
import numpy as np


def ipw_ate(treatment, y, propensity, clip, normalized):
    t = np.asarray(treatment) == 1
    y = np.asarray(y, dtype=float)
    e = np.asarray(propensity, dtype=float)
    keep = (e >= clip) & (e <= 1 - clip)
    t, y, e = t[keep], y[keep], e[keep]
    wt = np.where(t, 1 / e, 0.0)
    wc = np.where(t, 0.0, 1 / (1 - e))
    if normalized:
        return float((wt * y).sum() / wt.sum() - (wc * y).sum() / wc.sum())
    return float((wt * y).sum() / len(y) - (wc * y).sum() / len(y))
