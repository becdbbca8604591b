# verdict: Wrong Answer
import numpy as np


def oof_target_encode(districts, targets, folds, m):
    # Leaves out only the row itself, not its whole fold.
    y = np.asarray(targets, dtype=float)
    total, n = y.sum(), len(y)
    sums, counts = {}, {}
    for d, t in zip(districts, y):
        sums[d] = sums.get(d, 0.0) + t
        counts[d] = counts.get(d, 0) + 1
    enc = np.empty(n)
    for i, (d, t) in enumerate(zip(districts, y)):
        prior = (total - t) / (n - 1)
        s, c = sums[d] - t, counts[d] - 1
        enc[i] = (s + m * prior) / (c + m) if c + m > 0 else prior
    return enc
