from collections import defaultdict

import numpy as np


def oof_target_encode(districts, targets, folds, m):
    y = [float(t) for t in targets]
    f = [int(v) for v in folds]
    rows_of = defaultdict(list)
    for i, k in enumerate(f):
        rows_of[k].append(i)
    grand = sum(y)
    enc = [0.0] * len(y)
    for k, rows in rows_of.items():
        prior = (grand - sum(y[i] for i in rows)) / (len(y) - len(rows))
        sums, counts = defaultdict(float), defaultdict(int)
        for d, t, kk in zip(districts, y, f):
            if kk != k:
                sums[d] += t
                counts[d] += 1
        for i in rows:
            c = counts.get(districts[i], 0)
            if c + m > 0:
                enc[i] = (sums.get(districts[i], 0.0) + m * prior) / (c + m)
            else:
                enc[i] = prior
    return np.array(enc)
