import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def _clear(X, y, boot, T) -> bool:
    """No point is (nearly) equally far from two centroids of any model."""
    n, d = X.shape
    for idx in boot:
        labels = sorted(set(y[idx].tolist()))
        cents = np.array([X[idx][y[idx] == c].mean(axis=0) for c in labels])
        if len(cents) < 2:
            continue
        missed = np.ones(n, dtype=bool)
        missed[idx] = False
        Z = np.vstack([T.reshape(-1, d), X[missed]])
        if not len(Z):
            continue
        dist = np.sort(((Z[:, None, :] - cents[None]) ** 2).sum(axis=2), axis=1)
        if np.any(dist[:, 1] - dist[:, 0] <= 1e-7 * (1 + dist[:, 0])):
            return False
    return True


def _c(X, y, boot, T, d=None) -> tuple:
    X = _f(X)
    T = _f(T).reshape(-1, X.shape[1])
    args = (X, _i(y), _i(boot), T)
    assert _clear(*args), "a distance tie in a test case"  # noqa: S101
    return args


SAMPLES = [
    Case(_c([[0.0], [1.0], [4.0], [5.0]], [0, 0, 1, 1],
            [[0, 0, 2, 3], [1, 2, 2, 3], [0, 1, 3, 3]], [[2.0], [3.5]]),
         expected=(_i([0, 1]), _i([0, 0, 1, -1])),
         note="model 1's centroids are 1 and 13/3 (row 2 drawn twice); row 3 is in every "
              "sample, so its out-of-bag label is −1"),
    Case(_c([[0.0], [10.0]], [0, 1], [[0, 1], [1, 1]], [[2.0]]),
         expected=(_i([0]), _i([1, -1])),
         note="model 2 drew only class 1 and predicts 1 everywhere: the test vote ties 1–1 and "
              "class 0 wins"),
]


def _random(seed: int, n: int, B: int, m: int, d: int, k: int, spread: float) -> tuple:
    rng = np.random.default_rng(seed)
    while True:
        centres = rng.uniform(-100, 100, size=(k, d))
        labels = rng.choice(10, size=k, replace=False)
        which = rng.integers(0, k, size=n)
        X = np.round(centres[which] + rng.normal(0, spread, size=(n, d)), 3)
        y = labels[which]
        boot = rng.integers(0, n, size=(B, n))
        T = np.round(rng.uniform(-120, 120, size=(m, d)), 3)
        if _clear(X, y, boot, T):
            return X, y.astype(np.int64), boot.astype(np.int64), T


HIDDEN = [
    Case(_c([[1.5, -2.0]], [7], [[0]], np.zeros((0, 2))),
         note="one row, one model, no test points: the row is never out of bag"),
    Case(_c([[1.5, -2.0]], [7], [[0], [0]], [[0.0, 0.0], [9.0, 9.0]]),
         note="one class only: every prediction is that class"),
    Case(_c([[0.0], [1.0], [2.0]], [3, 3, 9], [[0, 1, 0]], [[1.8], [0.2]]),
         note="one model: its sample missed row 2, so class 9 has no centroid"),
    Case(_c([[0.0], [1.0], [2.0]], [0, 0, 1], [[0, 1, 2], [2, 2, 2], [0, 0, 0]],
            [[1.2], [1.4]]),
         note="single-class models outvote the full model; row 1 is out of bag twice"),
    Case(_c([[-5.0, 0.0], [5.0, 0.0], [0.0, 5.0]], [2, 4, 6],
            [[0, 0, 0], [1, 1, 1], [2, 2, 2], [0, 1, 2]], [[0.5, -1.0], [-1.0, 3.0], [4.0, 2.5]]),
         note="three single-class models and one full model"),
    Case(_c([[10.0, 10.0], [11.0, 10.0], [-9.0, -9.0], [-10.0, -10.0]], [1, 1, 5, 5],
            [[0, 1, 0, 1], [2, 3, 3, 2], [0, 2, 1, 3]], [[0.5, 0.5], [-0.5, -0.3]]),
         note="two models that each saw one class: the points near the origin split votes"),
    Case(_c([[0.0], [1.0], [9.0], [10.0], [50.0]], [0, 0, 1, 1, 2],
            [[0, 0, 0, 0, 1], [4, 4, 2, 3, 3], [0, 1, 2, 3, 4], [2, 2, 2, 2, 2]],
            [[49.0], [5.2], [-3.0]]),
         note="class centroids far from the origin; classes 2 and 0 missing from some samples"),
    Case(_c([[0.0], [3.0], [4.0], [10.0]], [0, 1, 1, 1], [[0, 1, 1, 3]], [[2.9], [1.6]]),
         note="multiplicity matters: row 1 drawn twice pulls class 1's centroid to 16/3, not 13/2"),
    Case(_c([[1.0], [2.0], [3.0], [4.0]], [8, 9, 8, 9],
            [[0, 0, 1, 1], [2, 2, 3, 3]], [[1.4], [3.6], [2.6]]),
         note="labels 8 and 9; every row is out of bag exactly once or never"),
    Case(_random(1, 30, 5, 20, 2, 3, 20.0), note="small random"),
    Case(_random(2, 200, 25, 100, 4, 6, 40.0), note="overlapping classes"),
    Case(_random(3, 1000, 50, 1000, 5, 10, 60.0), note="largest"),
    Case(_random(4, 1000, 50, 0, 3, 4, 30.0), note="largest, no test points"),
]


def generate(rng):
    seed = rng.randint(0, 10**6)
    return _random(seed, rng.randint(1, 60), rng.randint(1, 12), rng.randint(0, 30),
                   rng.randint(1, 3), rng.randint(1, 5), rng.choice([5.0, 30.0, 80.0]))


@st.composite
def _small(draw):
    n = draw(st.integers(1, 6))
    d = draw(st.integers(1, 2))
    B = draw(st.integers(1, 5))
    m = draw(st.integers(0, 4))
    cell = st.integers(-20, 20)
    X = _f(draw(st.lists(st.lists(cell, min_size=d, max_size=d), min_size=n, max_size=n))) / 4
    y = _i(draw(st.lists(st.integers(0, 3), min_size=n, max_size=n)))
    boot = _i(draw(st.lists(st.lists(st.integers(0, n - 1), min_size=n, max_size=n),
                            min_size=B, max_size=B)))
    T = _f(draw(st.lists(st.lists(cell, min_size=d, max_size=d), min_size=m, max_size=m)))
    return X, y, boot, T.reshape(m, d) / 4 + 0.01


def arguments():
    return _small().filter(lambda a: _clear(*a))


def invariant(args, result):
    """Shapes; test predictions are drawn classes; -1 exactly where no model left the row out."""
    X, y, boot, T = args
    test_pred, oob_pred = (np.asarray(r) for r in result)
    if test_pred.shape != (len(T),) or oob_pred.shape != (len(y),):
        return "wrong shapes"
    drawn = set(y[boot.ravel()].tolist())
    if not set(test_pred.tolist()) <= drawn:
        return "a test prediction is a class no model saw"
    always_in = np.array([all(i in set(row.tolist()) for row in boot) for i in range(len(y))])
    if np.any((oob_pred == -1) != always_in):
        return "-1 must mark exactly the rows that no model left out"
    return None
