# The stated integer formula; rng.permutation on the members array itself (the same draw as
# members[rng.permutation(n_c)]), indices collected in lists and sorted.
import numpy as np


def stratified_split(y, test_percent, seed):
    rng = np.random.default_rng(seed)
    p = test_percent
    train, test = [], []
    for label in np.unique(y):
        members = np.flatnonzero(y == label)
        m = len(members)
        shuffled = rng.permutation(members)
        n_test = (m * p + 50) // 100
        test.extend(shuffled[:n_test].tolist())
        train.extend(shuffled[n_test:].tolist())
    return np.array(sorted(train), dtype=np.int64), np.array(sorted(test), dtype=np.int64)
