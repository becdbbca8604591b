# verdict: Wrong Answer
import numpy as np


def oof_target_encode(districts, targets, folds, m):
    # District sums are out of fold, but the prior is the mean of all rows.
    y = np.asarray(targets, dtype=float)
    folds = np.asarray(folds)
    prior = y.mean()
    enc = np.empty(len(y))
    for fold in np.unique(folds):
        sums, counts = {}, {}
        for d, t, f in zip(districts, y, folds):
            if f != fold:
                sums[d] = sums.get(d, 0.0) + t
                counts[d] = counts.get(d, 0) + 1
        for i in np.flatnonzero(folds == fold):
            s, c = sums.get(districts[i], 0.0), counts.get(districts[i], 0)
            enc[i] = (s + m * prior) / (c + m) if c + m > 0 else prior
    return enc
