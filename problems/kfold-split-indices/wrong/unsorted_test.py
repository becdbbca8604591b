# verdict: Wrong Answer
# Leaves each test fold in shuffled order instead of sorting it ascending.
import numpy as np


def kfold_indices(n, k, shuffle, seed):
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    folds = []
    for test in np.array_split(order, k):
        train = np.setdiff1d(np.arange(n), test)
        folds.append((train, test))
    return folds
