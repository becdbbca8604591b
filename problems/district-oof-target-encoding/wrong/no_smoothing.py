# verdict: Wrong Answer
import numpy as np


def oof_target_encode(districts, targets, folds, m):
    # Out of fold, but ignores m: the plain district mean (prior only when unseen).
    y = np.asarray(targets, dtype=float)
    folds = np.asarray(folds)
    enc = np.empty(len(y))
    for fold in np.unique(folds):
        other = folds != fold
        prior = y[other].mean()
        sums, counts = {}, {}
        for d, t, o in zip(districts, y, other):
            if o:
                sums[d] = sums.get(d, 0.0) + t
                counts[d] = counts.get(d, 0) + 1
        for i in np.flatnonzero(~other):
            c = counts.get(districts[i], 0)
            enc[i] = sums[districts[i]] / c if c else prior
    return enc
