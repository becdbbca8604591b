import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


SAMPLES = [
    Case((_f([[0, 0], [2, 1], [4, 2]]), 1),
         expected=(_f([[0.8944272, 0.4472136]]), _f([5.0]), _f([1.0])),
         note="the points lie on a line along (2, 1) / sqrt(5); all the variance is kept"),
    Case((_f([[1, 0], [-1, 0], [0, 3], [0, -3]]), 2),
         expected=(_f([[0, 1], [1, 0]]), _f([6.0, 2 / 3]), _f([0.9, 0.1])),
         note="the second feature varies more, so it comes first; variances use n - 1 = 3"),
]


def _unique(X: np.ndarray, k: int) -> bool:
    """The statement's promise: separated eigenvalues and a clear largest entry."""
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (X.shape[0] - 1))
    values, vectors = values[::-1], vectors[:, ::-1]
    top = values[0]
    if top <= 0 or values[k - 1] <= 1e-6 * top:
        return False
    upto = min(k, len(values) - 1)
    if np.any(values[:upto] - values[1:upto + 1] <= 1e-3 * top):
        return False
    for j in range(k):
        magnitudes = np.sort(np.abs(vectors[:, j]))
        if len(magnitudes) > 1 and magnitudes[-1] - magnitudes[-2] <= 1e-3:
            return False
    return True


def _checked(X: np.ndarray, k: int) -> tuple:
    assert _unique(X, k), "an ambiguous PCA test case"  # noqa: S101
    return X, k


def _random(seed: int, n: int, d: int, k: int, offset: float = 0.0) -> tuple:
    rng = np.random.default_rng(seed)
    scales = np.sort(rng.uniform(1, 50, size=d))[::-1]
    rotation, _ = np.linalg.qr(rng.normal(size=(d, d)))
    X = rng.normal(size=(n, d)) * scales @ rotation.T + offset + rng.uniform(-5, 5, size=d)
    X = np.clip(np.round(X, 2), -1000, 1000)
    return _checked(X, k)


_TINY = _f([[3, -1, 2], [0, 4, -2], [-5, 1, 1], [2, 2, -3], [1, -6, 0], [-1, 0, 2]])

HIDDEN = [
    Case(_checked(_f([[1.0, 5.0], [3.0, 2.0]]), 1), note="two samples: one direction"),
    Case(_checked(_f([[4.0], [-1.0], [2.0], [7.0]]), 1), note="one feature"),
    Case(_checked(_f([[1.0, 5.0, 0.0], [2.0, 5.0, 3.0], [3.0, 5.0, 1.0], [8.0, 5.0, 2.0]]), 2),
         note="a constant feature"),
    Case(_checked(_f([[1.0, 2.0], [3.0, -1.0], [0.0, 0.5], [-2.0, 4.0], [5.0, 1.0]]), 2),
         note="k equal to d: the ratios add up to 1"),
    Case(_checked(_f([[-1, 4], [1, 2], [3, 0], [5, -2], [4, 0]]), 1),
         note="a falling direction: the sign rule decides which end is positive"),
    Case(_checked(_f([[1000.0, 990.0], [998.0, 1000.0], [1000.0, 1000.0], [990.0, 995.0]]), 2),
         note="data far from the origin: centring matters"),
    Case(_checked(0.3 + 3e-6 * _TINY, 1),
         note="a spread of a few 1e-6: every eigenvalue is below 1e-10, and the ratio is still "
              "the first over their sum"),
    Case(_checked(-999.9 + 1e-4 * _TINY, 3),
         note="values near -1000 with a spread of 1e-4: every component, eigenvalues near 1e-8"),
    Case(_checked(np.hstack([0.1 + 1e-3 * _TINY, np.full((6, 1), 0.1)]), 3),
         note="a spread of 1e-3, and a constant column of 0.1 whose mean is not exact"),
    Case(_random(1, 50, 3, 2, offset=300.0), note="three features, shifted"),
    Case(_random(2, 500, 10, 4), note="ten features"),
    Case(_random(3, 2000, 30, 5, offset=-200.0), note="largest"),
    Case(_random(4, 200, 8, 8), note="every component"),
]


def generate(rng):
    while True:
        n = rng.randint(2, 40)
        d = rng.randint(1, 5)
        X = _f([[rng.randint(-20, 20) / 2 for _ in range(d)] for _ in range(n)])
        k = rng.randint(1, d)
        if _unique(X, k):
            return X, k


@st.composite
def _small(draw):
    d = draw(st.integers(1, 3))
    n = draw(st.integers(2, 8))
    row = st.lists(st.integers(-5, 5), min_size=d, max_size=d)
    X = _f(draw(st.lists(row, min_size=n, max_size=n)))
    return X, draw(st.integers(1, d))


def arguments():
    return _small().filter(lambda args: _unique(*args))


def invariant(args, result):
    """Components are orthonormal; variances decrease; ratios are variances over the total."""
    X, k = args
    components, variance, ratio = (np.asarray(a, dtype=float) for a in result)
    if np.abs(components @ components.T - np.eye(k)).max() > 1e-6:
        return "the components must be orthonormal (unit length and pairwise orthogonal)"
    if np.any(np.diff(variance) > 1e-9 * max(1.0, abs(variance[0]))):
        return "the explained variances must be in decreasing order"
    total = X.var(axis=0, ddof=1).sum()
    if np.abs(ratio - variance / total).max() > 1e-6:
        return "each ratio must be its explained variance divided by the total variance"
    if ratio.sum() > 1 + 1e-6:
        return "the ratios cannot add up to more than 1"
    return None
