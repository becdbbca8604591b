# verdict: Wrong Answer
# Computes the test count in floats, int(n_c * (test_percent / 100) + 0.5): 0.7 and 0.29 are
# not exact in binary, so 45 * 0.7 + 0.5 comes out 31.999...96 and a half rounds down.
import numpy as np


def stratified_split(y, test_percent, seed):
    rng = np.random.default_rng(seed)
    p = test_percent
    train, test = [], []
    for label in np.unique(y):
        members = np.flatnonzero(y == label)
        m = len(members)
        shuffled = rng.permutation(members)
        n_test = int(m * (p / 100) + 0.5)
        test.extend(shuffled[:n_test].tolist())
        train.extend(shuffled[n_test:].tolist())
    return np.array(sorted(train), dtype=np.int64), np.array(sorted(test), dtype=np.int64)
