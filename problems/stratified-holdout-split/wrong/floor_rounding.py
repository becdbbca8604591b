# verdict: Wrong Answer
# Rounds the per-class test count down (n_c * p // 100) instead of to the nearest integer.
import numpy as np


def stratified_split(y, test_percent, seed):
    rng = np.random.default_rng(seed)
    train, test = [np.array([], dtype=np.int64)], [np.array([], dtype=np.int64)]
    for label in np.unique(y):
        members = np.flatnonzero(y == label)
        shuffled = members[rng.permutation(len(members))]
        n_test = len(members) * test_percent // 100
        test.append(shuffled[:n_test])
        train.append(shuffled[n_test:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))
