# verdict: Wrong Answer
# Counts values strictly below x (searchsorted's default side, i.e. `<` instead of `<=`) and
# evaluates only at the values of `before`: it reads each function just before the jump.
import numpy as np


def ks_statistic(before, after):
    a = np.sort(before)
    b = np.sort(after)
    fa = np.searchsorted(a, a) / len(a)
    fb = np.searchsorted(b, a) / len(b)
    return float(np.max(np.abs(fa - fb)))
