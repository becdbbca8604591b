# verdict: Wrong Answer
# Scatters instead of gathering: row perm[i] gets X[i, j], which applies the inverse
# permutation.
import numpy as np


def permutation_importance(X, y, w, b, n_repeats, seed):
    n, d = X.shape
    rng = np.random.default_rng(seed)
    base = np.mean((y - (X @ w + b)) ** 2)
    out = np.zeros(d)
    for j in range(d):
        diffs = []
        for _ in range(n_repeats):
            Xp = X.copy()
            Xp[rng.permutation(n), j] = X[:, j]
            diffs.append(np.mean((y - (Xp @ w + b)) ** 2) - base)
        out[j] = np.mean(diffs)
    return out
