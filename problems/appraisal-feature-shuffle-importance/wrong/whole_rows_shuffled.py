# verdict: Wrong Answer
# Shuffles the rows of the whole X (all columns together) instead of column j alone: every
# row keeps its features together, so only the pairing with y is broken.
import numpy as np


def permutation_importance(X, y, w, b, n_repeats, seed):
    n, d = X.shape
    rng = np.random.default_rng(seed)
    base = np.mean((y - (X @ w + b)) ** 2)
    out = np.zeros(d)
    for j in range(d):
        diffs = []
        for _ in range(n_repeats):
            perm = rng.permutation(n)
            diffs.append(np.mean((y - (X[perm] @ w + b)) ** 2) - base)
        out[j] = np.mean(diffs)
    return out
