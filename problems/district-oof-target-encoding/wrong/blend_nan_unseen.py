# verdict: Wrong Answer
import numpy as np


def oof_target_encode(districts, targets, folds, m):
    # Blends the district mean S / C with the prior; S / C is nan for an unseen district.
    y = np.asarray(targets, dtype=float)
    folds = np.asarray(folds)
    index = {}
    codes = np.array([index.setdefault(d, len(index)) for d in districts])
    enc = np.empty(len(y))
    for fold in np.unique(folds):
        inside = folds == fold
        other = ~inside
        prior = y[other].mean()
        s = np.bincount(codes[other], weights=y[other], minlength=len(index))[codes[inside]]
        c = np.bincount(codes[other], minlength=len(index))[codes[inside]].astype(float)
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = s / c
            enc[inside] = c / (c + m) * mean + m / (c + m) * prior
    return enc
