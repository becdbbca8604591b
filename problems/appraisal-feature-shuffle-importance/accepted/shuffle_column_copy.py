# rng.shuffle on a copy of the column consumes the generator exactly like rng.permutation(n)
# and leaves the column in the order X[perm, j]; all draws are collected first, then scored.
import numpy as np


def permutation_importance(X, y, w, b, n_repeats, seed):
    n, d = X.shape
    rng = np.random.default_rng(seed)
    resid = y - (X @ w + b)
    base = resid @ resid / n
    out = np.zeros(d)
    for j in range(d):
        col = X[:, j]
        for _ in range(n_repeats):
            shuffled = col.copy()
            rng.shuffle(shuffled)
            r = resid - (shuffled - col) * w[j]
            out[j] += r @ r / n - base
        out[j] /= n_repeats
    return out
