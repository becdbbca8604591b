# verdict: Wrong Answer
# Scores with the root mean squared error instead of the stated mean squared error.
import numpy as np


def permutation_importance(X, y, w, b, n_repeats, seed):
    n, d = X.shape
    rng = np.random.default_rng(seed)
    base = np.sqrt(np.mean((y - (X @ w + b)) ** 2))
    out = np.zeros(d)
    for j in range(d):
        diffs = []
        for _ in range(n_repeats):
            Xp = X.copy()
            Xp[:, j] = X[rng.permutation(n), j]
            diffs.append(np.sqrt(np.mean((y - (Xp @ w + b)) ** 2)) - base)
        out[j] = np.mean(diffs)
    return out
