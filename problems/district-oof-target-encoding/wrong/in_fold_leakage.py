# verdict: Wrong Answer
import numpy as np


def oof_target_encode(districts, targets, folds, m):
    # Uses every row, including the row's own fold (and the row itself): target leakage.
    y = np.asarray(targets, dtype=float)
    prior = y.mean()
    sums, counts = {}, {}
    for d, t in zip(districts, y):
        sums[d] = sums.get(d, 0.0) + t
        counts[d] = counts.get(d, 0) + 1
    return np.array([(sums[d] + m * prior) / (counts[d] + m) for d in districts])
