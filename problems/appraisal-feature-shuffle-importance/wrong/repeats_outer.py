# verdict: Wrong Answer
# Loops over repeats outside and features inside, so the draws go to the features in a
# different order than the statement fixes.
import numpy as np


def permutation_importance(X, y, w, b, n_repeats, seed):
    n, d = X.shape
    rng = np.random.default_rng(seed)
    base = np.mean((y - (X @ w + b)) ** 2)
    out = np.zeros(d)
    for _ in range(n_repeats):
        for j in range(d):
            Xp = X.copy()
            Xp[:, j] = X[rng.permutation(n), j]
            out[j] += np.mean((y - (Xp @ w + b)) ** 2) - base
    return out / n_repeats
