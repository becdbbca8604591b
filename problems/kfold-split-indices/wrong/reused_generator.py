# verdict: Wrong Answer
# Keeps one generator per seed across calls instead of a fresh one per call: the second call
# with the same seed draws a different permutation.
import numpy as np

_RNG = {}


def kfold_indices(n, k, shuffle, seed):
    rng = _RNG.setdefault(seed, np.random.default_rng(seed))
    order = rng.permutation(n) if shuffle else np.arange(n)
    folds = np.array_split(order, k)
    return [(np.setdiff1d(np.arange(n), f), np.sort(f)) for f in folds]
