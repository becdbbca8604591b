# verdict: Wrong Answer
# Visits the classes in order of first appearance instead of ascending label order, so the
# shared generator's permutations go to the wrong classes.
import numpy as np


def stratified_split(y, test_percent, seed):
    rng = np.random.default_rng(seed)
    seen = list(dict.fromkeys(y.tolist()))
    train, test = [np.array([], dtype=np.int64)], [np.array([], dtype=np.int64)]
    for label in seen:
        members = np.flatnonzero(y == label)
        shuffled = members[rng.permutation(len(members))]
        n_test = (len(members) * test_percent + 50) // 100
        test.append(shuffled[:n_test])
        train.append(shuffled[n_test:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))
