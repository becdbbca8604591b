# np.array_split of the order (its first n % k parts are one longer) and setdiff1d for training.
import numpy as np


def kfold_indices(n, k, shuffle, seed):
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    folds = np.array_split(order, k)
    return [(np.setdiff1d(np.arange(n), f), np.sort(f)) for f in folds]
