# verdict: Wrong Answer
# Re-creates default_rng(seed) for every class instead of drawing all permutations from one
# generator, so every class after the first is shuffled differently.
import numpy as np


def stratified_split(y, test_percent, seed):
    train, test = [np.array([], dtype=np.int64)], [np.array([], dtype=np.int64)]
    for label in np.unique(y):
        members = np.flatnonzero(y == label)
        shuffled = members[np.random.default_rng(seed).permutation(len(members))]
        n_test = (len(members) * test_percent + 50) // 100
        test.append(shuffled[:n_test])
        train.append(shuffled[n_test:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))
