from fractions import Fraction

import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((_f([[1], [2], [3], [4]]), _i([0, 0, 1, 1]), _f([[0], [2.5], [2.6], [10]]), 1, 2),
         expected=_i([0, 0, 1, 1]),
         note="the root splits at 2.5; a test value equal to the threshold goes left"),
    Case((_f([[0, 0], [0, 1], [1, 0], [1, 1]]), _i([0, 1, 1, 0]), _f([[1, 1], [0, 1]]), 3, 2),
         expected=_i([0, 0]),
         note="XOR: no split lowers the Gini impurity, so the root is a leaf; its 2-2 vote "
              "goes to the smaller label"),
    Case((_f([[1], [2], [3], [4], [5], [6]]), _i([0, 1, 1, 1, 0, 0]),
          _f([[1], [1.6], [4.4], [6]]), 2, 5),
         expected=_i([1, 1, 1, 0]),
         note="the root splits at 4.5; its left child has only 4 < 5 rows, so it stays a leaf"),
]


def _node_ok(X: np.ndarray, codes: np.ndarray, n_classes: int, depth: int, max_depth: int,
             min_split: int) -> bool:
    """Grow the tree exactly and check the statement's promise at every node: impurities are
    either exactly tied with the best or worse by more than 1e-7, and the decrease is 0 or
    more than 1e-7."""
    counts = np.bincount(codes, minlength=n_classes)
    N = len(codes)
    if depth >= max_depth or N < min_split or np.count_nonzero(counts) == 1:
        return True
    scores = []  # (weighted impurity, feature, threshold)
    for f in range(X.shape[1]):
        order = np.argsort(X[:, f], kind="stable")
        values, labels = X[order, f], codes[order]
        left = np.zeros(n_classes, dtype=np.int64)
        for i in range(N - 1):
            left[labels[i]] += 1
            if values[i] != values[i + 1]:
                right = counts - left
                score = (Fraction(int(left @ left), i + 1)
                         + Fraction(int(right @ right), N - i - 1))
                scores.append((1 - score / N, f, (values[i] + values[i + 1]) / 2))
    if not scores:
        return True
    best = min(s[0] for s in scores)
    if any(0 < s[0] - best <= Fraction(1, 10**7) for s in scores):
        return False
    decrease = 1 - Fraction(int(counts @ counts), N * N) - best
    if 0 < decrease <= Fraction(1, 10**7):
        return False
    if decrease == 0:
        return True
    _, f, t = next(s for s in scores if s[0] == best)
    mask = X[:, f] <= t
    return (_node_ok(X[mask], codes[mask], n_classes, depth + 1, max_depth, min_split)
            and _node_ok(X[~mask], codes[~mask], n_classes, depth + 1, max_depth, min_split))


def _valid(X, y, X_test, max_depth, min_split) -> bool:
    classes, codes = np.unique(y, return_inverse=True)
    return _node_ok(X, codes, len(classes), 0, max_depth, min_split)


def _checked(*args) -> tuple:
    assert _valid(*args), "a near-tie in a tree test case"  # noqa: S101
    return args


def _random(seed: int, n: int, m: int, d: int, classes: int, decimals: int, max_depth: int,
            min_split: int) -> tuple:
    rng = np.random.default_rng(seed)
    X = np.round(rng.uniform(-10, 10, size=(n, d)), decimals)
    X_test = np.round(rng.uniform(-11, 11, size=(m, d)), decimals + 1)
    signal = np.sin(X[:, 0]) * 3 + X[:, d - 1] + rng.normal(0, 1.5, size=n)
    y = np.digitize(signal, np.quantile(signal, np.linspace(0, 1, classes + 1)[1:-1]))
    return _checked(X, y.astype(np.int64) * 7 - 3, X_test, max_depth, min_split)


def _latin_square() -> tuple:
    """A 3 x 3 grid; cell (i, j) holds class (i + j) % 3, repeated 1, 3 or 5 times by class.
    Every row and column of the grid has the root's class proportions."""
    f0, f1, labels, weight = [0.1, 0.35, 2.2], [-1.05, 0.0, 3.3], [-7, 4, 12], [1, 3, 5]
    X, y = [], []
    for i in range(3):
        for j in range(3):
            c = (i + j) % 3
            X += [[f0[i], f1[j]]] * weight[c]
            y += [labels[c]] * weight[c]
    X_test = [[a, b] for a in f0 for b in f1] + [[0.2, 1.5], [3.0, -2.0]]
    return _checked(_f(X), _i(y), _f(X_test), 4, 2)


def _close_impurities() -> tuple:
    """One candidate per feature; splitting on feature 1 is better by 6.7e-7 (max_depth 1)."""
    y = np.repeat(_i([-3, 11]), 150)
    zeros, ones = np.arange(150), np.arange(150, 300)
    left_0 = np.isin(np.arange(300), np.r_[zeros[:11], ones[:95]])    # counts (11, 95)
    left_1 = np.isin(np.arange(300), np.r_[zeros[:129], ones[:42]])   # counts (129, 42)
    X = np.column_stack([np.where(left_0, -0.3, 0.7), np.where(left_1, 1.01, 2.13)])
    order = np.random.default_rng(5).permutation(300)
    X_test = _f([[-0.3, 1.01], [-0.3, 2.13], [0.7, 1.01], [0.7, 2.13], [0.2, 1.5]])
    return _checked(X[order], y[order], X_test, 1, 2)


HIDDEN = [
    Case(_checked(_f([[2.0, 3.0]]), _i([5]), _f([[0.0, 0.0], [9.0, -9.0]]), 4, 2),
         note="one training row"),
    Case(_checked(_f([[1.0], [2.0], [3.0]]), _i([4, 9, 9]), _f([[1.0], [3.0]]), 0, 2),
         note="max_depth 0: a single leaf with the majority label"),
    Case(_checked(_f([[1.0], [2.0], [3.0], [4.0]]), _i([1, 0, 1, 0]), _f([[1.0], [4.0]]), 0, 2),
         note="max_depth 0 with a tie: the smaller label"),
    Case(_checked(_f([[3.0, 1.0], [3.0, 2.0], [3.0, 3.0]]), _i([2, 2, 2]), _f([[0.0, 0.0]]),
                  5, 2),
         note="one class only"),
    Case(_checked(_f([[1.0, 1.0]] * 4), _i([3, 1, 3, 1]), _f([[1.0, 1.0], [5.0, 0.0]]), 5, 2),
         note="identical rows: no candidate split"),
    Case(_checked(_f([[7.0, 0.0], [7.0, 1.0], [7.0, 2.0], [7.0, 3.0]]), _i([0, 0, 1, 1]),
                  _f([[7.0, 1.4], [0.0, 1.6]]), 3, 2),
         note="a constant feature: the split is on feature 1"),
    Case(_checked(_f([[0.0], [1.0], [2.0], [3.0]]), _i([0, 1, 1, 0]),
                  _f([[0.2], [0.5], [0.6], [2.4], [2.6], [3.0]]), 3, 2),
         note="equal impurities at 0.5 and 2.5: the lower threshold is used first"),
    Case(_checked(_f([[0.0], [1.0], [2.0], [3.0]]), _i([0, 1, 1, 0]),
                  _f([[0.0], [1.2], [3.0]]), 3, 4),
         note="min_samples_split equal to the node size: the root still splits"),
    Case(_checked(_f([[0.0], [1.0], [2.0], [3.0]]), _i([0, 1, 1, 0]),
                  _f([[0.0], [1.2], [3.0]]), 3, 5),
         note="min_samples_split larger than n: a single leaf"),
    Case(_checked(_f([[1.0, 5.0], [2.0, 5.0], [3.0, 6.0], [4.0, 6.0]]), _i([0, 0, 1, 1]),
                  _f([[2.4, 0.0], [2.6, 0.0], [-50.0, 50.0]]), 2, 2),
         note="two perfect splits: the lower feature wins; test values outside the range"),
    Case(_checked(_f([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.5, 0.5]]),
                  _i([0, 1, 1, 0, 0]), _f([[0.0, 0.0], [1.0, 0.0], [0.2, 0.9], [0.7, 0.7]]),
                  4, 2),
         note="XOR plus a point: now a split helps, and deeper splits follow"),
    Case(_latin_square(),
         note="every split leaves the class proportions unchanged: the decrease is exactly 0, "
              "though floats compute it as 1.1e-16, so the root stays a leaf"),
    Case(_close_impurities(),
         note="the second feature's impurity is below the first's by only 6.7e-7"),
    Case(_random(111, 250, 60, 3, 4, 2, 8, 2),
         note="random: equal impurities that floats compute differently decide a split"),
    Case(_random(1, 60, 40, 2, 2, 0, 3, 2), note="integer features, many ties"),
    Case(_random(2, 200, 150, 3, 3, 1, 5, 10), note="three classes, min_samples_split 10"),
    Case(_random(3, 300, 400, 5, 4, 2, 8, 2), note="largest"),
    Case(_random(4, 300, 300, 1, 2, 1, 12, 3), note="one feature, deep"),
]


def generate(rng):
    while True:
        n = rng.randint(1, 60)
        d = rng.randint(1, 3)
        X = _f([[rng.randint(-5, 5) for _ in range(d)] for _ in range(n)])
        X_test = _f([[rng.randint(-12, 12) / 2 for _ in range(d)] for _ in range(20)])
        y = _i([rng.randint(0, 2) for _ in range(n)])
        args = (X, y, X_test, rng.randint(0, 6), rng.randint(2, 8))
        if _valid(*args):
            return args


@st.composite
def _small(draw):
    d = draw(st.integers(1, 2))
    n = draw(st.integers(1, 10))
    row = st.lists(st.integers(-3, 3), min_size=d, max_size=d)
    X = _f(draw(st.lists(row, min_size=n, max_size=n)))
    test_row = st.lists(st.integers(-8, 8).map(lambda v: v / 2), min_size=d, max_size=d)
    X_test = _f(draw(st.lists(test_row, min_size=1, max_size=5)))
    y = _i(draw(st.lists(st.integers(0, 2), min_size=n, max_size=n)))
    return X, y, X_test, draw(st.integers(0, 4)), draw(st.integers(2, 5))


def arguments():
    return _small()


def invariant(args, result):
    """The predictions are an integer array (the float checker alone would take 3.0 for 3);
    every prediction is a training label; a depth-0 tree predicts the majority label."""
    _, y, _, max_depth, _ = args
    result = np.asarray(result)
    if not np.issubdtype(result.dtype, np.integer):
        return f"the predictions must be an integer array, not an array of {result.dtype}"
    if not np.isin(result, y).all():
        return "every prediction must be one of the training labels"
    if max_depth == 0:
        values, counts = np.unique(y, return_counts=True)
        if np.any(result != values[np.argmax(counts)]):
            return "with max_depth 0 every prediction is the (smallest) majority label"
    return None
