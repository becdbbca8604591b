import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


SAMPLES = [
    Case((_f([[0], [1], [2], [5]]), _f([1.0, 3.0, 8.0, 10.0]), _f([[1.5], [4]]), 2),
         expected=_f([5.5, 9.0]),
         note="1.5 is equally close to 1 and 2; 4 is closest to 5, then 2"),
    Case((_f([[0, 0], [2, 0], [0, 2], [-2, 0]]), _f([4.0, 1.0, -3.0, 7.0]),
          _f([[1, 1], [-1, 0]]), 2),
         expected=_f([2.5, 5.5]),
         note="rows 0, 1 and 2 are all sqrt(2) from [1, 1]: the two lowest indices are used"),
]


def _random(seed: int, n: int, m: int, d: int, span: int, k: int) -> tuple:
    rng = np.random.default_rng(seed)
    X_train = rng.integers(-span, span + 1, size=(n, d)).astype(np.float64)
    X_test = rng.integers(-span, span + 1, size=(m, d)).astype(np.float64)
    y_train = np.round(rng.normal(0, 100, size=n), 3)
    return X_train, y_train, X_test, k


HIDDEN = [
    Case((_f([[3, -1]]), _f([42.5]), _f([[0, 0], [3, -1], [-1000, 1000]]), 1),
         note="a single training row"),
    Case((_f([[0], [1], [2], [3]]), _f([1.0, -2.0, 4.0, 10.0]), _f([[-50], [1.5], [99]]), 4),
         note="k equal to n: every prediction is the mean of all targets"),
    Case((_f([[5], [5], [5], [5]]), _f([1.0, 2.0, 3.0, 4.0]), _f([[0], [5]]), 3),
         note="identical training points: the three lowest indices"),
    Case((_f([[0], [10]]), _f([-7.0, 7.0]), _f([[5], [4], [6]]), 1),
         note="an exactly central query: the lower index wins"),
    Case((_f([[1, 1], [1, 1], [2, 2]]), _f([0.0, 100.0, 50.0]), _f([[1, 1], [2, 2]]), 1),
         note="duplicate points with different targets"),
    Case((_f([[0, 7], [1, 7], [2, 7], [3, 7]]), _f([1e6, -1e6, 0.5, 2.0]),
          _f([[1, 0], [2, 100]]), 2),
         note="a constant feature and extreme targets"),
    Case((_f([[3, 4], [4, 3], [-3, 4], [-4, 3], [5, 0], [0, -5], [0, 5], [-5, 0]]),
          _f([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]), _f([[0, 0]]), 5),
         note="eight points on a circle around the query"),
    Case(_random(4, 80, 40, 2, 3, 9), note="dense grid, many ties"),
    Case(_random(13, 400, 200, 1, 25, 17), note="one feature, heavy ties"),
    Case(_random(6, 2000, 500, 6, 1000, 30), note="largest"),
    Case(_random(10, 2000, 300, 3, 2, 2000), note="largest, k equal to n"),
]


def generate(rng):
    n = rng.randint(1, 200)
    d = rng.randint(1, 4)
    m = rng.randint(1, 40)
    span = rng.choice([2, 10, 1000])
    X_train = _f([[rng.randint(-span, span) for _ in range(d)] for _ in range(n)])
    X_test = _f([[rng.randint(-span, span) for _ in range(d)] for _ in range(m)])
    y_train = _f([round(rng.uniform(-100, 100), 2) for _ in range(n)])
    return X_train, y_train, X_test, rng.randint(1, n)


@st.composite
def _small(draw):
    d = draw(st.integers(1, 3))
    n = draw(st.integers(1, 10))
    m = draw(st.integers(1, 4))
    row = st.lists(st.integers(-3, 3), min_size=d, max_size=d)
    X_train = draw(st.lists(row, min_size=n, max_size=n))
    X_test = draw(st.lists(row, min_size=m, max_size=m))
    y_train = draw(st.lists(st.integers(-20, 20), min_size=n, max_size=n))
    k = draw(st.integers(1, n))
    return _f(X_train), _f(y_train), _f(X_test), k


def arguments():
    return _small()


def invariant(args, result):
    """Every prediction lies between the smallest and largest training target."""
    _, y_train, _, _ = args
    result = np.asarray(result, dtype=float)
    low, high = float(np.min(y_train)), float(np.max(y_train))
    slack = 1e-8 + 1e-6 * max(abs(low), abs(high))
    if np.any(result < low - slack) or np.any(result > high + slack):
        return "a mean of training targets must lie between their minimum and maximum"
    return None
