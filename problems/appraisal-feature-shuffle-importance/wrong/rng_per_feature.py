# verdict: Wrong Answer
# Re-creates the generator from the seed for every feature, so every feature sees the same
# permutations instead of continuing one stream.
import numpy as np


def permutation_importance(X, y, w, b, n_repeats, seed):
    n, d = X.shape
    base = np.mean((y - (X @ w + b)) ** 2)
    out = np.zeros(d)
    for j in range(d):
        rng = np.random.default_rng(seed)
        diffs = []
        for _ in range(n_repeats):
            Xp = X.copy()
            Xp[:, j] = X[rng.permutation(n), j]
            diffs.append(np.mean((y - (Xp @ w + b)) ** 2) - base)
        out[j] = np.mean(diffs)
    return out
