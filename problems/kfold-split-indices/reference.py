import numpy as np


def kfold_indices(n: int, k: int, shuffle: bool, seed: int):
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    q, r = divmod(n, k)
    folds = []
    start = 0
    for i in range(k):
        size = q + 1 if i < r else q
        test = np.sort(order[start:start + size])
        mask = np.ones(n, dtype=bool)
        mask[test] = False
        folds.append((np.flatnonzero(mask).astype(np.int64), test.astype(np.int64)))
        start += size
    return folds
