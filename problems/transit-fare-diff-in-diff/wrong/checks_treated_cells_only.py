# verdict: Wrong Answer
# Returns None only when a treated cell is empty; an empty control cell becomes a 0 mean.
import numpy as np


def diff_in_diff(unit, treated, post, y):
    y = np.asarray(y, dtype=float)
    t = np.asarray(treated) == 1
    p = np.asarray(post) == 1
    if not (t & p).any() or not (t & ~p).any():
        return None

    def mean(mask):
        return y[mask].mean() if mask.any() else 0.0

    return float((mean(t & p) - mean(t & ~p)) - (mean(~t & p) - mean(~t & ~p)))
