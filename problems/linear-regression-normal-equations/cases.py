import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


SAMPLES = [
    Case((_f([[0], [1], [2], [3]]), _f([1, 3, 5, 7])),
         expected=(_f([2.0]), 1.0),
         note="the points lie exactly on y = 2x + 1"),
    Case((_f([[1, 0], [0, 1], [1, 1], [0, 0]]), _f([3, 5, 8, 1])),
         expected=(_f([2.5, 4.5]), 0.75),
         note="no exact fit: the least-squares compromise"),
    Case((_f([[2], [2], [2]]), _f([1, 2, 6])),
         expected=(_f([1.2]), 0.6),
         note="a constant feature: 2w + b = 3, and the minimum-norm choice is (1.2, 0.6)"),
]


def _random(seed: int, n: int, d: int, noise: float) -> tuple:
    rng = np.random.default_rng(seed)
    X = np.round(rng.uniform(-10, 10, size=(n, d)), 2)
    w = rng.uniform(-5, 5, size=d)
    y = np.round(X @ w + rng.uniform(-50, 50) + rng.normal(0, noise, size=n), 3)
    return X, y


def _with_dependent(seed: int, n: int) -> tuple:
    X, y = _random(seed, n, 4, 1.0)
    X = np.hstack([X, X[:, [1]], np.full((n, 1), 7.0)])  # a repeated and a constant column
    return X, y


def _pair(x, constant) -> np.ndarray:
    """A column and its repeat, or a column beside a constant one."""
    x = _f(x)
    other = x if constant is None else np.full(len(x), constant)
    return np.column_stack([x, other])


HIDDEN = [
    Case((_f([[4.0]]), _f([10.0])), note="one sample, one feature"),
    Case((_f([[1, 2, 3]]), _f([-6.0])), note="one sample, three features"),
    Case((_f([[1], [3]]), _f([2, -2])), note="two samples: an exact fit"),
    Case((_f([[0, 0], [0, 0], [0, 0]]), _f([1, 2, 4])),
         note="all-zero features: w = 0 and b is the mean"),
    Case((_f([[1, 1], [2, 2], [3, 3], [4, 4]]), _f([1, 2, 2, 5])),
         note="two identical columns share the weight equally"),
    Case((_f([[5, 1], [5, 2], [5, 3], [5, 9]]), _f([0, 1, 0, 4])),
         note="a constant first column"),
    Case((_f([[1, 0, 0, 2], [0, 1, 0, 1], [0, 0, 1, 0]]), _f([1, 2, 3])),
         note="fewer samples than unknowns"),
    Case((_f([[-1000], [1000], [0], [500]]), _f([1000, -1000, 3, -499])),
         note="extreme values"),
    Case((_pair([-451.9, -985.8, 291.4, 439.8, 671.1, -436.2], None),
          _f([-569.6, 278.7, 610.1, 927.3, -699.0, -35.6])),
         note="a repeated non-dyadic column: the computed smallest singular value is a few "
              "machine epsilons of the largest, not 0"),
    Case((_pair([23.6, 900.9, -711.7, 897.3, -376.3, -153.3], 0.1),
          _f([655.4, -181.6, 99.2, -944.9, 507.0, 76.3])),
         note="a constant column of 0.1: A.T @ A is singular, yet not exactly in floating point"),
    Case(_random(1, 30, 1, 0.0), note="noise-free: recover the generating line"),
    Case(_random(2, 200, 5, 3.0), note="five features"),
    Case(_with_dependent(3, 100), note="a repeated and a constant column"),
    Case(_random(4, 5000, 20, 10.0), note="largest"),
]


def generate(rng):
    n = rng.randint(1, 80)
    d = rng.randint(1, 6)
    X = _f([[rng.randint(-20, 20) / 2 for _ in range(d)] for _ in range(n)])
    y = _f([rng.randint(-100, 100) / 4 for _ in range(n)])
    return X, y


@st.composite
def _small(draw):
    d = draw(st.integers(1, 3))
    n = draw(st.integers(d + 2, 10))
    value = st.integers(-3, 3)
    X = np.array(draw(st.lists(st.lists(value, min_size=d, max_size=d),
                               min_size=n, max_size=n)), dtype=np.float64)
    y = _f(draw(st.lists(st.integers(-9, 9), min_size=n, max_size=n)))
    return X, y


def _well_posed(args) -> bool:
    """No near-dependent designs: either exactly dependent or comfortably conditioned."""
    X, _ = args
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    s = np.linalg.svd(A, compute_uv=False)
    small = s[s > 1e-9 * s[0]]
    return small[-1] > 1e-2 * s[0]


def arguments():
    return _small().filter(_well_posed)


def invariant(args, result):
    """The residual of a least-squares fit is orthogonal to every column of [X | 1]."""
    X, y = args
    w, b = result
    w = np.asarray(w, dtype=float)
    residual = y - X @ w - float(b)
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    scale = 1.0 + np.abs(A).sum() * (1.0 + np.abs(y).max())
    if np.abs(A.T @ residual).max() > 1e-6 * scale:
        return "the residual y - X @ w - b is not orthogonal to the columns of [X | 1]"
    return None
