# verdict: Wrong Answer
# Compares triangular-weighted mean outcomes on the two sides (local constant instead of
# local linear): biased whenever the outcome has a slope in the score.
import numpy as np


def rd_jump(x, y, cutoff, bandwidth):
    d = np.asarray(x, float) - cutoff
    y = np.asarray(y, float)
    inside = np.abs(d) <= bandwidth
    r = inside & (d >= 0)
    l = inside & (d < 0)
    w = 1.0 - np.abs(d) / bandwidth
    a_l = float((w[l] * y[l]).sum() / w[l].sum())
    a_r = float((w[r] * y[r]).sum() / w[r].sum())
    return {"jump": a_r - a_l, "left_intercept": a_l, "right_intercept": a_r,
            "n_left": int(l.sum()), "n_right": int(r.sum())}
