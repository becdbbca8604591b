import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _checked(X: np.ndarray, eps: float, min_samples: int) -> tuple:
    """The statement's promises: whole-number coordinates, eps a multiple of 1/4."""
    assert X.ndim == 2 and 1 <= len(X) <= 2000 and 1 <= X.shape[1] <= 3  # noqa: S101
    assert np.all(X == np.round(X)) and np.abs(X).max() <= 1000  # noqa: S101
    assert eps * 4 == round(eps * 4) and 0.25 <= eps <= 500  # noqa: S101
    assert 1 <= min_samples <= 50  # noqa: S101
    return X, float(eps), int(min_samples)


SAMPLES = [
    Case((_f([[0], [1], [2], [10], [11], [20]]), 1.0, 2), expected=[0, 0, 0, 1, 1, -1],
         note="a distance of exactly eps counts; the report at 20 has only itself"),
    Case((_f([[0, 0], [1, 1], [1, 0], [-1, 0], [-1, 1], [-1, -1], [1, -1]]), 1.0, 4),
         expected=[0, 0, 0, 1, 1, 1, 0],
         note="only (1, 0) and (-1, 0) are core (4 reports within 1, themselves included). "
              "Report 0 at (0, 0) is a border report of both clusters and does not link "
              "them; it joins cluster 0, whose lowest core report (index 2) comes before "
              "index 3, even though the scan meets report 0 first"),
    Case((_f([[10, 10], [0, 0], [3, 4], [13, 14], [50, 50]]), 5.0, 2),
         expected=[0, 1, 1, 0, -1],
         note="3-4-5 triangles: each pair is exactly 5 apart, so neighbours"),
]


def _blobs(seed: int, n: int, d: int, k: int, spread: float, noise: float, eps: float,
           min_samples: int) -> tuple:
    rng = np.random.default_rng(seed)
    centres = rng.uniform(-800, 800, size=(k, d))
    X = centres[rng.integers(0, k, size=n)] + rng.normal(0, spread, size=(n, d))
    wild = rng.random(n) < noise
    X[wild] = rng.uniform(-1000, 1000, size=(int(wild.sum()), d))
    return _checked(np.clip(np.round(X), -1000, 1000), eps, min_samples)


def _grid(seed: int, n: int, side: int, d: int, eps: float, min_samples: int) -> tuple:
    rng = np.random.default_rng(seed)
    return _checked(rng.integers(0, side, size=(n, d)).astype(float), eps, min_samples)


HIDDEN = [
    Case(_checked(_f([[5, 5, 5]]), 1.0, 1), note="one report, min_samples 1: its own cluster"),
    Case(_checked(_f([[5, 5, 5]]), 1.0, 2), note="one report, min_samples 2: noise"),
    Case(_checked(_f([[0], [1], [2]]), 10.0, 5), note="min_samples larger than n: all noise"),
    Case(_checked(_f([[0], [100], [200]]), 0.25, 1),
         note="min_samples 1: every report is core, three clusters"),
    Case(_checked(_f([[3, 3], [3, 3], [3, 3], [9, 9]]), 0.25, 3),
         note="identical rows are separate reports that count"),
    Case(_checked(_f([[0], [1]]), 1.0, 2),
         note="two reports exactly eps apart: each has 2 including itself"),
    Case(_checked(_f([[0], [1], [2], [7]]), 1.0, 3),
         note="the middle report has 3 within eps counting itself, so it is core; the ends "
              "are its border reports"),
    Case(_checked(_f([[10], [0], [11], [0], [12], [1]]), 1.0, 3),
         note="report 0 is a border report of the cluster first opened by report 2: "
              "cluster numbers follow the lowest core report, not the lowest row"),
    Case(_checked(_f([[0], [1], [2], [3], [4], [5], [6]]), 1.0, 3),
         note="a chain: the end reports are border reports, the inner ones core"),
    Case(_checked(_f([[1, 0], [2, 1], [2, 0], [0, 0], [0, 1], [-1, 0], [0, -1], [3, 0],
                      [2, -1]]), 1.0, 4),
         note="report 0 at (1, 0) is a border report between two core reports 2 apart: "
              "it does not join them, and it keeps cluster 0 (opened by report 2)"),
    Case(_checked(_f([[0, 0], [-3, 4], [3, 4], [-3, -4], [3, -4], [0, 10]]), 5.0, 3),
         note="a hub exactly eps from four reports"),
    Case(_checked(_f([[-1000, -1000, -1000], [1000, 1000, 1000], [-1000, -1000, -999],
                      [1000, 1000, 999]]), 500.0, 2),
         note="extreme coordinates and the largest eps"),
    Case(_checked(_f([[0, 0, 0], [0, 0, 0], [0, 0, 1], [0, 0, 5], [0, 3, 5], [4, 0, 5]]),
                  1.0, 3),
         note="stacked identical reports make a core; the rest are noise"),
    Case(_blobs(1, 300, 2, 4, 20.0, 0.1, 25.0, 5), note="four blobs and scattered noise"),
    Case(_grid(2, 600, 40, 2, 1.5, 4), note="a dense grid: many clusters sharing borders"),
    Case(_blobs(3, 2000, 3, 10, 30.0, 0.05, 20.0, 6), note="largest, three dimensions"),
    Case(_grid(4, 2000, 80, 2, 1.75, 5), note="largest, grid with contested borders"),
    Case(_blobs(5, 2000, 1, 8, 40.0, 0.2, 2.5, 4), note="largest, one dimension"),
]


def generate(rng):
    n = rng.randint(1, 400)
    d = rng.randint(1, 3)
    side = rng.choice([5, 20, 60])
    X = _f([[rng.randint(0, side) for _ in range(d)] for _ in range(n)])
    eps = rng.randint(1, 12) / 4
    return _checked(X, eps, rng.randint(1, 8))


@st.composite
def _small(draw):
    d = draw(st.integers(1, 2))
    n = draw(st.integers(1, 12))
    row = st.lists(st.integers(-4, 4), min_size=d, max_size=d)
    X = _f(draw(st.lists(row, min_size=n, max_size=n)))
    eps = draw(st.integers(1, 12)) / 4
    return X, eps, draw(st.integers(1, 5))


def arguments():
    return _small()


def invariant(args, result):
    X, eps, min_samples = args
    labels = [int(v) for v in result]
    if len(labels) != len(X):
        return f"expected {len(X)} labels, got {len(labels)}"
    squared = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2)
    near = squared <= eps * eps
    core = near.sum(axis=1) >= min_samples
    seen = []
    for i in range(len(X)):
        if core[i] and labels[i] not in seen:
            seen.append(labels[i])
    if seen != list(range(len(seen))) or any(v < -1 or v >= len(seen) for v in labels):
        return "cluster numbers do not follow the lowest core report of each cluster"
    return None
