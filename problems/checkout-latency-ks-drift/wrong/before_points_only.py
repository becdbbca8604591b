# verdict: Wrong Answer
# Evaluates the two distribution functions only at the values of `before`, so a gap that is
# largest at a value of `after` is missed.
import numpy as np


def ks_statistic(before, after):
    a = np.sort(before)
    b = np.sort(after)
    fa = np.searchsorted(a, a, side="right") / len(a)
    fb = np.searchsorted(b, a, side="right") / len(b)
    return float(np.max(np.abs(fa - fb)))
