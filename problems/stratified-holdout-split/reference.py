import numpy as np


def stratified_split(y: np.ndarray, test_percent: int, seed: int):
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    train, test = [], []
    for label in np.unique(y):
        members = np.flatnonzero(y == label)
        shuffled = members[rng.permutation(len(members))]
        n_test = (len(members) * test_percent + 50) // 100
        test.append(shuffled[:n_test])
        train.append(shuffled[n_test:])
    return (np.sort(np.concatenate(train)).astype(np.int64),
            np.sort(np.concatenate(test)).astype(np.int64))
