# verdict: Wrong Answer
# Keeps a treated customer only if its distance is strictly below the caliper.
import numpy as np


def _nearest(target, scores, owner, prefer_low_index=True, prefer_left=False):
    pos = np.searchsorted(scores, target)
    left = np.maximum(pos - 1, 0)
    right = np.minimum(pos, scores.size - 1)
    dl = np.abs(target - scores[left])
    dr = np.abs(target - scores[right])
    if prefer_left:
        tie = np.ones(target.size, dtype=bool)
    elif prefer_low_index:
        tie = owner[left] < owner[right]
    else:
        tie = owner[left] > owner[right]
    take_left = (dl < dr) | ((dl == dr) & tie)
    return np.where(take_left, owner[left], owner[right]), np.minimum(dl, dr)


def _table(idx, propensity, highest=False):
    if highest:
        idx = idx[::-1]
    scores, first = np.unique(propensity[idx], return_index=True)
    return scores, idx[first]


def match_att(treatment, propensity, y, caliper):
    t = treatment == 1
    trt, ctrl = np.flatnonzero(t), np.flatnonzero(~t)
    if trt.size == 0 or ctrl.size == 0:
        return None
    scores, owner = _table(ctrl, propensity)
    match, dist = _nearest(propensity[trt], scores, owner)
    keep = np.ones(trt.size, bool) if caliper is None else dist < caliper
    if not keep.any():
        return None
    return float(np.mean(y[trt[keep]] - y[match[keep]]))
