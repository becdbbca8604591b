# verdict: Wrong Answer
# Gives every fold n // k rows and dumps the remainder on the last fold.
import numpy as np


def kfold_indices(n, k, shuffle, seed):
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    size = n // k
    folds = []
    for i in range(k):
        end = n if i == k - 1 else (i + 1) * size
        test = np.sort(order[i * size:end])
        train = np.setdiff1d(np.arange(n), test)
        folds.append((train, test))
    return folds
