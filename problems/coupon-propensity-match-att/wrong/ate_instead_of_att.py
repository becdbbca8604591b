# verdict: Wrong Answer
# Estimates the ATE: also matches every control to its nearest treated customer and
# averages the imputed effects over everyone.
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
    s_c, o_c = _table(ctrl, propensity)
    s_t, o_t = _table(trt, propensity)
    m_t, d_t = _nearest(propensity[trt], s_c, o_c)
    m_c, d_c = _nearest(propensity[ctrl], s_t, o_t)
    k_t = np.ones(trt.size, bool) if caliper is None else d_t <= caliper
    k_c = np.ones(ctrl.size, bool) if caliper is None else d_c <= caliper
    effects = np.concatenate([y[trt[k_t]] - y[m_t[k_t]], y[m_c[k_c]] - y[ctrl[k_c]]])
    if not k_t.any():
        return None
    return float(np.mean(effects))
