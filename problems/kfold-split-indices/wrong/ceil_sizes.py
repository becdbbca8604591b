# verdict: Wrong Answer
# Makes every fold ceil(n / k) long, so the last folds come out short (or even empty).
import numpy as np


def kfold_indices(n, k, shuffle, seed):
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    size = -(-n // k)
    folds = []
    for i in range(k):
        test = np.sort(order[i * size:(i + 1) * size])
        train = np.setdiff1d(np.arange(n), test)
        folds.append((train, test))
    return folds
