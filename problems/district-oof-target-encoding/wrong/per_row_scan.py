# verdict: Time Limit Exceeded
import numpy as np


def oof_target_encode(districts, targets, folds, m):
    # Masks over all n rows for every row: n^2 work.
    y = np.asarray(targets, dtype=float)
    folds = np.asarray(folds)
    names = np.array(districts)
    enc = np.empty(len(y))
    for i in range(len(y)):
        other = folds != folds[i]
        prior = y[other].mean()
        same = other & (names == names[i])
        c = same.sum()
        enc[i] = (y[same].sum() + m * prior) / (c + m) if c + m > 0 else prior
    return enc
