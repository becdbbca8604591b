import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


SAMPLES = [
    Case((_f([[0], [1], [9], [10]]), _f([[0], [1]]), 10),
         expected=(_f([[0.5], [9.5]]), np.array([0, 0, 1, 1])),
         note="round 1 moves the second centroid to 20/3; round 2 settles on 0.5 and 9.5"),
    Case((_f([[0, 0], [2, 0], [0, 2], [2, 2]]), _f([[1, 1], [5, 5], [1, 1]]), 5),
         expected=(_f([[1, 1], [5, 5], [1, 1]]), np.array([0, 0, 0, 0])),
         note="centroids 0 and 2 tie everywhere (lowest index wins); empty clusters stay put"),
    Case((_f([[0], [3], [6], [10]]), _f([[0], [5]]), 1),
         expected=(_f([[0], [19 / 3]]), np.array([0, 0, 1, 1])),
         note="one round: 3 was assigned to the centroid at 5, but the returned labels use "
              "the final centroids"),
]


def _rounds(X: np.ndarray, C: np.ndarray, max_iters: int):
    """Yield the centroids used by every assignment, the final assignment included."""
    C = C.astype(float).copy()
    for _ in range(max_iters):
        yield C
        squared = ((X[:, None, :] - C[None]) ** 2).sum(axis=2)
        labels = np.argmin(squared, axis=1)
        new = C.copy()
        for j in range(C.shape[0]):
            if (labels == j).any():
                new[j] = X[labels == j].mean(axis=0)
        if np.array_equal(new, C):
            break
        C = new
    yield C


def _exact(C: np.ndarray) -> bool:
    return bool(np.all(C * 64 == np.round(C * 64)) and np.abs(C).max() <= 1024)


def _no_near_ties(X: np.ndarray, init: np.ndarray, max_iters: int) -> bool:
    """The statement's promise: every tie is exact (and computed exactly), never near."""
    exact_data = _exact(X)
    for C in _rounds(X, init, max_iters):
        squared = np.sort(((X[:, None, :] - C[None]) ** 2).sum(axis=2), axis=1)
        if squared.shape[1] < 2:
            continue
        gap = squared[:, 1] - squared[:, 0]
        if np.any((gap == 0) & ~(exact_data and _exact(C))) or np.any((gap > 0) & (gap < 1e-6)):
            return False
    return True


def _checked(X, C, max_iters) -> tuple:
    assert _no_near_ties(X, C, max_iters), "a near-tie in a test case"  # noqa: S101
    return X, C, max_iters


def _blobs(seed: int, n: int, k: int, d: int, spread: float, max_iters: int,
           init_from_data: bool = True) -> tuple:
    rng = np.random.default_rng(seed)
    centres = rng.uniform(-500, 500, size=(k, d))
    X = np.round(centres[rng.integers(0, k, size=n)] + rng.normal(0, spread, size=(n, d)), 3)
    if init_from_data:
        init = X[rng.choice(n, size=k, replace=False)]
    else:
        init = np.round(rng.uniform(-1000, 1000, size=(k, d)), 3)
    return _checked(X, init, max_iters)


def _drift(seed: int) -> tuple:
    """3000 points spread along the first axis, the 20 starting centroids on the 20 leftmost:
    the centroids creep right and are still moving after 100 rounds."""
    rng = np.random.default_rng(seed)
    X = np.round(np.column_stack([rng.uniform(-1000, 1000, 3000), rng.normal(0, 3, (3000, 4))]),
                 3)
    return _checked(X, X[np.argsort(X[:, 0])[:20]], 100)


HIDDEN = [
    Case((_f([[3.0, -4.0]]), _f([[0.0, 0.0]]), 3), note="one point, one centroid"),
    Case((_f([[1.0], [2.0], [4.0]]), _f([[0.0], [100.0]]), 0), note="zero iterations"),
    Case((_f([[1.0, 1.0], [2.0, 2.0], [9.0, 9.0]]), _f([[5.0, 5.0]]), 4),
         note="k = 1: the centroid is the mean of everything"),
    Case((_f([[0.0], [4.0], [10.0]]), _f([[0.0], [4.0], [10.0]]), 7),
         note="k = n: every point is its own cluster"),
    Case((_f([[1.0], [1.0], [1.0]]), _f([[1.0], [1.0], [1.0]]), 2),
         note="identical points and centroids: everything goes to centroid 0"),
    Case((_f([[0.0], [2.0], [8.0]]), _f([[1.0], [-5.0], [5.0]]), 5),
         note="the centroid at -5 never gets a point and stays where it is"),
    Case((_f([[0.0, 0.0], [4.0, 0.0], [2.0, 5.0], [2.0, -5.0]]), _f([[0.0, 0.0], [4.0, 0.0]]),
          10),
         note="points on the perpendicular bisector tie: the lower index takes them"),
    Case((_f([[5.0, 1.0], [5.0, 2.0], [5.0, 8.0], [5.0, 9.0]]), _f([[5.0, 0.0], [5.0, 3.0]]),
          10),
         note="a constant feature"),
    Case((_f([[-1000.0, 1000.0], [1000.0, -1000.0], [999.0, -1000.0]]),
          _f([[1000.0, 1000.0], [-1000.0, -1000.0]]), 10),
         note="extreme values; the starting centroids are far from the data"),
    Case(_blobs(1, 200, 3, 2, 30.0, 100), note="three well-separated blobs"),
    Case(_blobs(2, 500, 6, 3, 200.0, 4), note="overlapping blobs, stopped after 4 rounds"),
    Case(_blobs(3, 300, 8, 2, 100.0, 100, init_from_data=False),
         note="random starting centroids: some clusters end up empty"),
    Case(_blobs(4, 3000, 20, 5, 150.0, 100), note="largest"),
    Case(_drift(0), note="largest, every starting centroid at the left end: all 100 rounds run"),
]


def generate(rng):
    while True:
        n = rng.randint(1, 60)
        d = rng.randint(1, 3)
        k = rng.randint(1, 6)
        X = _f([[rng.randint(-20, 20) for _ in range(d)] for _ in range(n)])
        C = _f([[rng.randint(-20, 20) for _ in range(d)] for _ in range(k)])
        max_iters = rng.randint(0, 20)
        if _no_near_ties(X, C, max_iters):
            return X, C, max_iters


@st.composite
def _small(draw):
    d = draw(st.integers(1, 2))
    n = draw(st.integers(1, 10))
    k = draw(st.integers(1, 4))
    row = st.lists(st.integers(-4, 4), min_size=d, max_size=d)
    X = _f(draw(st.lists(row, min_size=n, max_size=n)))
    C = _f(draw(st.lists(row, min_size=k, max_size=k)))
    return X, C, draw(st.integers(0, 8))


def arguments():
    return _small().filter(lambda args: _no_near_ties(*args))


def _inertia(X: np.ndarray, C: np.ndarray) -> float:
    return float(((X[:, None, :] - C[None]) ** 2).sum(axis=2).min(axis=1).sum())


def invariant(args, result):
    """The labels belong to the returned centroids, and Lloyd's rounds never increase the
    inertia (the sum of squared distances to the nearest centroid)."""
    X, init, _ = args
    C, labels = result
    C = np.asarray(C, dtype=float)
    labels = np.asarray(labels).astype(int)
    squared = ((X[:, None, :] - C[None]) ** 2).sum(axis=2)
    if np.any(squared[np.arange(len(X)), labels] > squared.min(axis=1) + 1e-6):
        return "some point is not labelled with its nearest returned centroid"
    if _inertia(X, C) > _inertia(X, init) * (1 + 1e-9) + 1e-9:
        return "the inertia of the result is larger than that of the starting centroids"
    return None
