import numpy as np


def permutation_importance(X, y, w, b, n_repeats, seed):
    n, d = X.shape
    rng = np.random.default_rng(seed)
    base_pred = X @ w + b
    base = np.mean((y - base_pred) ** 2)
    out = np.zeros(d)
    for j in range(d):
        total = 0.0
        for _ in range(n_repeats):
            perm = rng.permutation(n)
            # only column j changes, so only its term of the prediction moves
            pred = base_pred + (X[perm, j] - X[:, j]) * w[j]
            total += np.mean((y - pred) ** 2) - base
        out[j] = total / n_repeats
    return out
