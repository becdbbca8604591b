import numpy as np

from judge.grading.authoring import Case, st


def _f(rows, d=None) -> np.ndarray:
    a = np.array(rows, dtype=np.float64)
    return a.reshape(0, d) if d is not None and a.size == 0 else a


SAMPLES = [
    Case((_f([[1.0, 10.0], [3.0, 10.0]]), _f([[5.0, 12.0]])),
         expected=(_f([[-1.0, 0.0], [1.0, 0.0]]), _f([[3.0, 2.0]]),
                   _f([2.0, 10.0]), _f([1.0, 1.0])),
         note="column 1 is constant in training: it is only centred"),
    Case((_f([[0.0], [0.0], [6.0], [6.0]]), _f([[3.0], [-3.0]])),
         expected=(_f([[-1.0], [-1.0], [1.0], [1.0]]), _f([[0.0], [-2.0]]),
                   _f([3.0]), _f([3.0])),
         note="population std: sqrt(((-3)**2 * 4) / 4) = 3"),
]


def _random(seed: int, n: int, m: int, d: int, scale: float) -> tuple:
    rng = np.random.default_rng(seed)
    X_train = rng.normal(rng.uniform(-scale, scale, size=d), scale, size=(n, d))
    X_test = rng.normal(rng.uniform(-scale, scale, size=d), 2 * scale, size=(m, d))
    X_train[:, 0] = 4.25  # a constant column
    return X_train, X_test


HIDDEN = [
    Case((_f([[3.0, -1.0, 7.5]]), _f([[4.0, 0.0, 7.5], [0.0, 0.0, 0.0]])),
         note="a single training row: every column is constant"),
    Case((_f([[1.0, 2.0], [3.0, 4.0]]), _f([], 2)), note="no test rows"),
    Case((_f([[2.0], [2.0], [2.0]]), _f([[2.0], [5.0]])), note="one constant column"),
    Case((_f([[1.0], [2.0], [3.0], [4.0], [100.0]]), _f([[50.0]])),
         note="an outlier in training"),
    Case((_f([[-5.0, 1e6], [5.0, -1e6], [0.0, 0.0]]), _f([[10.0, 5e5], [-10.0, 2e6]])),
         note="negative and extreme values"),
    Case((_f([[1.0, 0.0], [1.0, 0.0], [2.0, 0.0], [2.0, 0.0], [2.0, 0.0]]),
          _f([[0.0, 1.0]] * 3)),
         note="duplicate rows, test far from train"),
    Case((_f([[0.1, 1 / 3, 5.9, 0.0], [0.1, 1 / 3, 5.9, 1.0], [0.1, 1 / 3, 5.9, 2.0]]),
          _f([[0.2, 0.0, 6.0, 1.5]])),
         note="constant columns of 0.1, 1/3 and 5.9: numpy's mean of 0.1 and 5.9 is not exact, "
              "so their computed std is about 1e-17 and 1e-15, not 0"),
    Case((_f([[2.3, -0.7]] * 6 + [[2.3, 0.7]]), _f([[2.3, 0.0], [0.0, 0.0]])),
         note="a constant column of 2.3 over 7 rows (computed std 4e-16)"),
    Case((_f([[0.0, 0.5], [1e-9, 0.5], [2e-9, 0.5], [3e-9, 0.5 + 1e-10]]),
          _f([[1.5e-9, 0.5], [-1e-9, 0.5 - 1e-10]])),
         note="columns with a tiny but non-zero spread (std about 1e-9 and 4e-11): "
              "they are scaled, not only centred"),
    Case((_f([[1000.0, -3e5], [1000.000001, -3e5 + 3e-4], [999.999999, -3e5 - 3e-4]]),
          _f([[1000.000002, -3e5]])),
         note="a spread of 1e-9 relative to the values"),
    Case(_random(1, 50, 7, 4, 3.0), note="small random"),
    Case(_random(2, 5000, 5000, 20, 1000.0), note="largest"),
]


def generate(rng):
    n = rng.randint(1, 40)
    m = rng.randint(0, 40)
    d = rng.randint(1, 6)
    X_train = [[rng.randint(-50, 50) / 10 for _ in range(d)] for _ in range(n)]
    X_test = [[rng.randint(-80, 80) / 10 for _ in range(d)] for _ in range(m)]
    constant = rng.randint(-50, 50) / 10  # one column constant, a value whose mean may round
    for row in X_train:
        row[0] = constant
    return _f(X_train), _f(X_test, d)


@st.composite
def _small(draw):
    d = draw(st.integers(1, 3))
    n = draw(st.integers(1, 8))
    m = draw(st.integers(0, 4))
    value = st.integers(-20, 20).map(lambda v: v / 2)
    row = st.lists(value, min_size=d, max_size=d)
    X_train = draw(st.lists(row, min_size=n, max_size=n))
    X_test = draw(st.lists(row, min_size=m, max_size=m))
    return _f(X_train), _f(X_test, d)


def arguments():
    return _small()


def invariant(args, result):
    X_train, X_test = args
    train_scaled = np.asarray(result[0], dtype=float)
    means = train_scaled.mean(axis=0)
    if not np.allclose(means, 0.0, atol=1e-6):
        return "every standardized training column must have mean 0"
    stds = train_scaled.std(axis=0)
    if not np.all(np.isclose(stds, 1.0, atol=1e-6) | np.isclose(stds, 0.0, atol=1e-9)):
        return "every standardized training column must have std 1 (or 0 if constant)"
    return None
