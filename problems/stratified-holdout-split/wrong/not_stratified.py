# verdict: Wrong Answer
# Ignores the classes: shuffles all rows at once and holds out a rounded share of them.
import numpy as np


def stratified_split(y, test_percent, seed):
    n = len(y)
    order = np.random.default_rng(seed).permutation(n)
    n_test = (n * test_percent + 50) // 100
    return np.sort(order[n_test:]), np.sort(order[:n_test])
