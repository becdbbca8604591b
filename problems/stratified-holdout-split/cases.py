import numpy as np

from judge.grading.authoring import Case, st


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((_i([1, 1, 1, 1]), 0, 7), expected=(_i([0, 1, 2, 3]), _i([])),
         note="test_percent = 0: nothing is held out"),
    Case((_i([4, 9, 4, 9]), 100, 3), expected=(_i([]), _i([0, 1, 2, 3])),
         note="test_percent = 100: everything is held out"),
    Case((_i([0, 1, 1, 0, 1, 2, 1]), 40, 5), expected=(_i([0, 2, 4, 5]), _i([1, 3, 6])),
         note="n_test per class: 0 -> (2*40+50)//100 = 1, 1 -> 2, 2 -> 0; with seed 5 the "
              "three permutation calls give [1, 0], [0, 3, 1, 2] and [0]"),
]


def _classes(sizes: dict, seed: int) -> np.ndarray:
    """Labels with the given class sizes, in a shuffled order."""
    y = np.concatenate([np.full(size, label) for label, size in sizes.items()])
    return np.random.default_rng(seed).permutation(y).astype(np.int64)


def _random(seed: int, n: int, c: int, percent: int, split_seed: int) -> tuple:
    rng = np.random.default_rng(seed)
    classes = rng.choice(np.arange(-10**9, 10**9, 104729), size=c, replace=False)
    y = rng.choice(classes, size=n, p=rng.dirichlet(np.ones(c) * 0.5))
    return y.astype(np.int64), percent, split_seed


HIDDEN = [
    Case((_i([5]), 50, 1), note="a single row: 0.5 rounds up"),
    Case((_i([5]), 49, 1), note="a single row: 0.49 rounds down"),
    Case((_i([3, 3, 3, 3, 3, 3, 3]), 30, 11), note="a single class"),
    Case((_i([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]), 25, 5), note="2.5 per class rounds up to 3"),
    Case((_i([7, -2, 7, 7, -2, 7, 0, 7, 7, 7]), 20, 2**32 - 1),
         note="negative labels, a singleton class, the largest seed"),
    Case((_i([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]), 50, 3), note="every class a singleton"),
    Case((_classes({3: 45, -1: 85, 8: 12}, 6), 70, 8),
         note="45 * 70 / 100 = 31.5 rounds up to 32, but 45 * 0.7 + 0.5 is 31.999...96 in floats"),
    Case((_classes({0: 50, 1: 7}, 4), 29, 41),
         note="50 * 29 / 100 = 14.5 rounds up to 15; 50 * 0.29 is 14.499...98 in floats"),
    Case(_random(1, 300, 4, 30, 17), note="random"),
    Case(_random(2, 200000, 100, 15, 2024), note="largest"),
    Case(_random(3, 200000, 3, 33, 99), note="largest, three classes"),
]


def generate(rng):
    n = rng.randint(1, 200)
    c = rng.randint(1, 6)
    return (_i([rng.randint(0, c) for _ in range(n)]), rng.randint(0, 100),
            rng.randint(0, 2**32 - 1))


def arguments():
    return st.tuples(st.lists(st.integers(-2, 3), min_size=1, max_size=15).map(_i),
                     st.integers(0, 100), st.integers(0, 2**32 - 1))


def invariant(args, result):
    y, percent, _ = args
    train, test = (np.asarray(r) for r in result)
    if sorted(train.tolist() + test.tolist()) != list(range(len(y))):
        return "train_idx and test_idx must partition range(n)"
    for label in np.unique(y):
        n_c = int((y == label).sum())
        got = int((y[test] == label).sum())
        if got != (n_c * percent + 50) // 100:
            return f"class {label} has {got} test rows, not (n_c * p + 50) // 100"
    return None
