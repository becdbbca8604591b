# verdict: Wrong Answer
# Shuffles the working column in place and never restores it: the repeats shuffle an already
# shuffled column and later features see earlier features still shuffled.
import numpy as np


def permutation_importance(X, y, w, b, n_repeats, seed):
    n, d = X.shape
    rng = np.random.default_rng(seed)
    base = np.mean((y - (X @ w + b)) ** 2)
    Xp = X.copy()
    out = np.zeros(d)
    for j in range(d):
        diffs = []
        for _ in range(n_repeats):
            Xp[:, j] = Xp[rng.permutation(n), j]
            diffs.append(np.mean((y - (Xp @ w + b)) ** 2) - base)
        out[j] = np.mean(diffs)
    return out
