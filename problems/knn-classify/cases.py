import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((_f([[0, 0], [1, 0], [0, 1], [5, 5], [6, 5]]), _i([0, 0, 1, 1, 1]),
          _f([[0, 0], [6, 6]]), 3),
         expected=(_i([0, 1]), _f([[2 / 3, 1 / 3], [1 / 3, 2 / 3]])),
         note="rows 1 and 2 are equally far from [6, 6]: row 1 comes first"),
    Case((_f([[0], [2], [4], [10]]), _i([7, 3, 3, 7]), _f([[1], [3]]), 2),
         expected=(_i([3, 3]), _f([[0.5, 0.5], [1.0, 0.0]])),
         note="a 1-1 vote goes to the smaller label"),
]


def _random(seed: int, n: int, m: int, d: int, classes: int, low: int, high: int,
            k: int) -> tuple:
    rng = np.random.default_rng(seed)
    X_train = rng.integers(low, high + 1, size=(n, d)).astype(np.float64)
    X_test = rng.integers(low, high + 1, size=(m, d)).astype(np.float64)
    y_train = rng.integers(0, classes, size=n).astype(np.int64)
    return X_train, y_train, X_test, k


def _ring() -> tuple:
    # 40 training points at the same distance from the origin, labels alternating.
    points = [[3, 4], [4, 3], [-3, 4], [-4, 3], [3, -4], [4, -3], [-3, -4], [-4, -3],
              [5, 0], [0, 5], [-5, 0], [0, -5]]
    rows = [points[i % len(points)] for i in range(40)]
    labels = [(i * 7) % 3 for i in range(40)]
    return _f(rows), _i(labels), _f([[0, 0], [0, 0]]), 5


HIDDEN = [
    Case((_f([[1, 2, 3]]), _i([4]), _f([[0, 0, 0], [9, 9, 9], [1, 2, 3]]), 1),
         note="a single training row"),
    Case((_f([[0], [1], [2], [3]]), _i([2, 1, 1, 2]), _f([[-5], [1.5], [100]]), 4),
         note="k equal to n: every test row sees the whole training set"),
    Case((_f([[1, 1], [1, 1], [1, 1], [1, 1], [2, 2]]), _i([9, 5, 9, 5, 5]),
          _f([[1, 1], [2, 2], [0, 0]]), 3),
         note="duplicate training points with different labels"),
    Case((_f([[1, 1], [1, 1], [1, 1], [1, 1]]), _i([1, 0, 1, 0]), _f([[3, 3]]), 2),
         note="all training points identical: the first two rows win"),
    Case((_f([[0, 0], [3, 0], [0, 4], [-2, 2]]), _i([6, 6, 6, 6]), _f([[1, 1], [0, 4]]), 3),
         note="one class only"),
    Case((_f([[0], [10]]), _i([-3, 8]), _f([[5], [4], [6]]), 1),
         note="equidistant single neighbour: the lower index wins"),
    Case((_f([[0, 0], [2, 0], [0, 2], [2, 2]]), _i([2, 0, 1, 3]), _f([[1, 1]]), 4),
         note="four-way vote tie"),
    Case((_f([[0], [1], [2], [3], [4], [5]]), _i([-7, -7, 1000000, 1000000, 0, 0]),
          _f([[2.5], [0], [5]]), 2),
         note="negative and large labels"),
    Case(_ring(), note="many equidistant neighbours"),
    Case(_random(7, 60, 30, 2, 3, -3, 3, 7), note="dense grid with many ties"),
    Case(_random(11, 300, 200, 1, 4, -20, 20, 15), note="one feature, heavy ties"),
    Case(_random(5, 2000, 500, 5, 6, -1000, 1000, 25), note="largest"),
    Case(_random(9, 2000, 400, 3, 2, -2, 2, 2000), note="largest, k equal to n"),
]


def generate(rng):
    n = rng.randint(1, 200)
    d = rng.randint(1, 4)
    m = rng.randint(1, 50)
    span = rng.choice([2, 10, 1000])
    X_train = _f([[rng.randint(-span, span) for _ in range(d)] for _ in range(n)])
    X_test = _f([[rng.randint(-span, span) for _ in range(d)] for _ in range(m)])
    y_train = _i([rng.randint(0, 4) for _ in range(n)])
    return X_train, y_train, X_test, rng.randint(1, n)


@st.composite
def _small(draw):
    d = draw(st.integers(1, 3))
    n = draw(st.integers(1, 10))
    m = draw(st.integers(1, 4))
    coordinate = st.integers(-3, 3)
    row = st.lists(coordinate, min_size=d, max_size=d)
    X_train = draw(st.lists(row, min_size=n, max_size=n))
    X_test = draw(st.lists(row, min_size=m, max_size=m))
    y_train = draw(st.lists(st.integers(-2, 2), min_size=n, max_size=n))
    k = draw(st.integers(1, n))
    return _f(X_train), _i(y_train), _f(X_test), k


def arguments():
    return _small()


def invariant(args, result):
    X_train, y_train, X_test, k = args
    labels, proba = result
    proba = np.asarray(proba, dtype=float)
    if not np.allclose(proba.sum(axis=1), 1.0):
        return "each row of proba must sum to 1"
    counts = proba * k
    if not np.allclose(counts, np.round(counts)):
        return "each probability must be a whole number of votes divided by k"
    return None
