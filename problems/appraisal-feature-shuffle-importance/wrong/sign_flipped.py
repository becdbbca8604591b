# verdict: Wrong Answer
# Takes base - permuted (a drop in a higher-is-better score) although MSE is lower-is-better.
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
            Xp[:, j] = X[rng.permutation(n), j]
            diffs.append(base - np.mean((y - (Xp @ w + b)) ** 2))
        out[j] = np.mean(diffs)
    return out
