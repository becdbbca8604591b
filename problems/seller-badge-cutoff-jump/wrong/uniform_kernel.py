# verdict: Wrong Answer
# Every unit in the window gets weight 1 (a rectangular kernel) instead of 1 - |d|/h.
import numpy as np


def _fit(d, y, w):
    W = w.sum()
    db = (w * d).sum() / W
    yb = (w * y).sum() / W
    b = (w * (d - db) * (y - yb)).sum() / (w * (d - db) ** 2).sum()
    return yb - b * db


def rd_jump(x, y, cutoff, bandwidth):
    d = np.asarray(x, float) - cutoff
    y = np.asarray(y, float)
    inside = np.abs(d) <= bandwidth
    r = inside & (d >= 0)
    l = inside & (d < 0)
    w = np.ones_like(d)
    a_l, a_r = _fit(d[l], y[l], w[l]), _fit(d[r], y[r], w[r])
    return {"jump": a_r - a_l, "left_intercept": a_l, "right_intercept": a_r,
            "n_left": int(l.sum()), "n_right": int(r.sum())}
