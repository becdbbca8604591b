# verdict: Wrong Answer
# Shuffles with the legacy global generator (np.random.seed + np.random.permutation), which
# draws a different permutation than numpy.random.default_rng(seed).
import numpy as np


def kfold_indices(n, k, shuffle, seed):
    if shuffle:
        np.random.seed(seed)
        order = np.random.permutation(n)
    else:
        order = np.arange(n)
    return [(np.sort(np.concatenate([p for j, p in enumerate(parts) if j != i])), np.sort(t))
            for parts in [np.array_split(order, k)] for i, t in enumerate(parts)]
