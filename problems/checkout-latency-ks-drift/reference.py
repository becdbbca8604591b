import numpy as np


def ks_statistic(before, after):
    a = np.sort(before)
    b = np.sort(after)
    points = np.concatenate([a, b])
    fa = np.searchsorted(a, points, side="right") / len(a)
    fb = np.searchsorted(b, points, side="right") / len(b)
    return float(np.max(np.abs(fa - fb)))
