# verdict: Wrong Answer
# Lets numpy take the mean of an empty cell: returns nan instead of None.
import numpy as np


def diff_in_diff(unit, treated, post, y):
    y = np.asarray(y, dtype=float)
    t = np.asarray(treated) == 1
    p = np.asarray(post) == 1

    def mean(mask):
        return y[mask].sum() / mask.sum() if mask.sum() else float("nan")

    return float((mean(t & p) - mean(t & ~p)) - (mean(~t & p) - mean(~t & ~p)))
