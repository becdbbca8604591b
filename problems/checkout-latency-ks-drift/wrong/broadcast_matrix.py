# verdict: Memory Limit Exceeded
# Correct, but builds the (n + m) x n and (n + m) x m comparison matrices by broadcasting:
# 2 * 10^10 booleans at the largest size.
import numpy as np


def ks_statistic(before, after):
    points = np.concatenate([before, after])
    fa = (before[None, :] <= points[:, None]).mean(axis=1)
    fb = (after[None, :] <= points[:, None]).mean(axis=1)
    return float(np.max(np.abs(fa - fb)))
