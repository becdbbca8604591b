# verdict: Wrong Answer
# Reads the flag backwards: Hajek when normalized is False, Horvitz-Thompson when True.
import numpy as np


def ipw_ate(treatment, y, propensity, clip, normalized):
    t = np.asarray(treatment) == 1
    y = np.asarray(y, dtype=float)
    e = np.clip(np.asarray(propensity, dtype=float), clip, 1 - clip)
    wt = np.where(t, 1 / e, 0.0)
    wc = np.where(t, 0.0, 1 / (1 - e))
    if not normalized:
        return float((wt * y).sum() / wt.sum() - (wc * y).sum() / wc.sum())
    return float((wt * y).sum() / len(y) - (wc * y).sum() / len(y))
