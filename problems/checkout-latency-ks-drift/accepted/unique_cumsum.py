# Counts per distinct value with np.unique, then cumulative sums give both step functions.
import numpy as np


def ks_statistic(before, after):
    values = np.concatenate([before, after])
    from_before = np.concatenate([np.ones(len(before)), np.zeros(len(after))])
    distinct, inverse = np.unique(values, return_inverse=True)
    count_a = np.bincount(inverse, weights=from_before, minlength=len(distinct))
    count_b = np.bincount(inverse, weights=1 - from_before, minlength=len(distinct))
    fa = np.cumsum(count_a) / len(before)
    fb = np.cumsum(count_b) / len(after)
    return float(np.max(np.abs(fa - fb)))
