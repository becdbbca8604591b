import numpy as np


def match_att(treatment: np.ndarray, propensity: np.ndarray, y: np.ndarray,
              caliper: float | None) -> float | None:
    is_treated = np.asarray(treatment) == 1
    treated = np.flatnonzero(is_treated)
    controls = np.flatnonzero(~is_treated)
    if treated.size == 0 or controls.size == 0:
        return None
    # distinct control scores, ascending, each owned by its lowest-index control
    scores, first = np.unique(propensity[controls], return_index=True)
    owner = controls[first]
    target = propensity[treated]
    pos = np.searchsorted(scores, target)
    left = np.maximum(pos - 1, 0)
    right = np.minimum(pos, scores.size - 1)
    d_left = np.abs(target - scores[left])
    d_right = np.abs(target - scores[right])
    take_left = (d_left < d_right) | ((d_left == d_right) & (owner[left] < owner[right]))
    match = np.where(take_left, owner[left], owner[right])
    if caliper is None:
        kept = treated
    else:
        within = np.where(take_left, d_left, d_right) <= caliper
        kept, match = treated[within], match[within]
        if kept.size == 0:
            return None
    return float(np.mean(y[kept] - y[match]))
