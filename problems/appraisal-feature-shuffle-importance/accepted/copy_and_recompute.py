# The literal recipe: copy X, replace column j, predict again from scratch.
import numpy as np


def permutation_importance(X, y, w, b, n_repeats, seed):
    n, d = X.shape
    rng = np.random.default_rng(seed)
    base = np.mean((y - (X @ w + b)) ** 2)
    out = np.zeros(d)
    for j in range(d):
        diffs = np.empty(n_repeats)
        for r in range(n_repeats):
            Xp = X.copy()
            Xp[:, j] = X[rng.permutation(n), j]
            diffs[r] = np.mean((y - (Xp @ w + b)) ** 2) - base
        out[j] = diffs.mean()
    return out
