from fractions import Fraction

import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _d(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _clean(X: np.ndarray, k: int, draws: np.ndarray) -> bool:
    """The statement's promises: whole numbers, and no draw near a boundary unless it sits
    exactly on a ratio with a power-of-two denominator. Simulated in exact integers."""
    n = X.shape[0]
    if not (1 <= k <= n) or len(draws) != k or np.any(X != np.round(X)):
        return False
    if np.any((draws < 0) | (draws >= 1)):
        return False
    rows = [[int(v) for v in row] for row in X]
    first = Fraction(float(draws[0])) * n
    if first != int(first) and min(first - int(first), int(first) + 1 - first) < 1e-9:
        return False
    chosen = [int(first)]
    nearest = [sum((a - b) ** 2 for a, b in zip(r, rows[chosen[0]])) for r in rows]
    for j in range(1, k):
        total = sum(nearest)
        if total == 0:
            pick = next(i for i in range(n) if i not in chosen)
        else:
            u = Fraction(float(draws[j]))
            running, pick = 0, None
            for i, w in enumerate(nearest):
                running += w
                ratio = Fraction(running, total)
                if ratio == u:
                    if ratio.denominator & (ratio.denominator - 1):
                        return False  # an exact tie that is not exact in binary
                elif abs(ratio - u) < Fraction(1, 10**9):
                    return False
                if pick is None and ratio > u:
                    pick = i
        chosen.append(pick)
        centre = rows[pick]
        nearest = [min(w, sum((a - b) ** 2 for a, b in zip(r, centre)))
                   for w, r in zip(nearest, rows)]
    return True


def _checked(X, k, draws) -> tuple:
    assert _clean(X, k, draws), "a case breaks the statement's promises"  # noqa: S101
    return X, k, draws


SAMPLES = [
    Case((_f([[0, 0], [2, 0], [0, 1], [3, 4]]), 3, _d([0.3, 0.6, 0.5])),
         expected=[1, 3, 2],
         note="first: floor(0.3·4) = 1. Squared distances to (2, 0) are 4, 0, 5, 17, running "
              "sums 4, 4, 9, 26: the first share above 0.6 is 26/26, so index 3. Nearest "
              "squared distances are now 4, 0, 5, 0, running sums 4, 4, 9, 9: the first "
              "share above 0.5 is 9/9 at index 2"),
    Case((_f([[0], [2], [2]]), 2, _d([0.0, 0.5])), expected=[0, 2],
         note="weights 0, 4, 4 give shares 0, 0.5, 1: 0.5 is not strictly above 0.5, so "
              "index 2, not 1"),
    Case((_f([[5, 5], [5, 5], [5, 5]]), 3, _d([0.5, 0.1, 0.9])), expected=[1, 0, 2],
         note="every home at one spot: after floor(0.5·3) = 1 all distances are 0, so the "
              "lowest unchosen indices follow"),
]


def _blobs(seed: int, n: int, k: int, d: int, spread: float, distinct: int = 0) -> tuple:
    rng = np.random.default_rng(seed)
    while True:
        if distinct:
            spots = rng.integers(-1000, 1001, size=(distinct, d))
            X = spots[rng.integers(0, distinct, size=n)].astype(float)
        else:
            centres = rng.uniform(-900, 900, size=(max(1, k // 3), d))
            X = np.clip(np.round(centres[rng.integers(0, len(centres), size=n)]
                                 + rng.normal(0, spread, size=(n, d))), -1000, 1000)
        draws = rng.random(k)
        if _clean(X, k, draws):
            return X, k, draws


HIDDEN = [
    Case(_checked(_f([[7, -3]]), 1, _d([0.25])), note="one home, one centre"),
    Case(_checked(_f([[0], [1], [2], [3], [4]]), 1, _d([0.9])),
         note="k = 1: only floor(0.9·5) = 4"),
    Case(_checked(_f([[1], [1], [7], [7]]), 4, _d([0.1, 0.3, 0.2, 0.7])),
         note="k = n with duplicates: after 0 and 2 every distance is 0 and centre 0 is "
              "taken, so 1 and then 3"),
    Case(_checked(_f([[4, 4], [4, 4], [4, 4], [4, 4]]), 2, _d([0.0, 0.75])),
         note="all identical, first centre 0: the next is 1, never 0 again"),
    Case(_checked(_f([[0], [3], [5]]), 2, _d([0.0, 0.0])),
         note="a draw of 0: the first index with a positive weight, not the chosen index 0"),
    Case(_checked(_f([[0], [2], [6], [6], [8]]), 3, _d([0.0, 0.5, 0.5])),
         note="after centres 0 and 3 the weights 0, 4, 0, 0, 4 give shares 0, 1/2, 1/2, "
              "1/2, 1: a draw of exactly 1/2 takes index 4"),
    Case(_checked(_f([[0, 0], [0, 2], [2, 0], [0, 0], [2, 2]]), 4,
                  _d([0.0, 0.25, 0.5, 0.5])),
         note="exact power-of-two shares at several picks"),
    Case(_checked(_f([[0], [10], [11], [100]]), 3, _d([0.0, 0.999, 0.5])),
         note="nearest, not latest: after 0 and 100 the far homes are close to 100"),
    Case(_checked(_f([[-1000, 1000, -1000, 1000, -1000], [1000, -1000, 1000, -1000, 1000],
                      [0, 0, 0, 0, 0], [1000, 1000, 1000, 1000, 1000]]), 4,
                  _d([0.6, 0.3, 0.9, 0.1])),
         note="extreme coordinates in five dimensions"),
    Case(_checked(_f([[0], [1], [2], [3], [4], [5], [6], [7]]), 2, _d([0.5, 0.5])),
         note="first centre exactly floor(0.5·8) = 4, not floor(0.5·7) = 3"),
    Case(_blobs(1, 200, 6, 2, 40.0), note="six picks among blobs"),
    Case(_blobs(2, 500, 30, 3, 5.0, distinct=12),
         note="only 12 distinct homes for 30 centres: totals reach zero"),
    Case(_blobs(3, 2000, 50, 5, 80.0), note="largest"),
    Case(_blobs(4, 2000, 50, 1, 300.0), note="largest, one dimension"),
    Case(_blobs(5, 2000, 50, 4, 1.0, distinct=40), note="largest, 40 distinct homes"),
]


def generate(rng):
    while True:
        n = rng.randint(1, 300)
        d = rng.randint(1, 5)
        k = rng.randint(1, min(n, 30))
        span = rng.choice([2, 10, 1000])
        X = _f([[rng.randint(-span, span) for _ in range(d)] for _ in range(n)])
        draws = _d([rng.choice([rng.random(), rng.randint(0, 15) / 16]) for _ in range(k)])
        if _clean(X, k, draws):
            return X, k, draws


@st.composite
def _small(draw):
    d = draw(st.integers(1, 2))
    n = draw(st.integers(1, 8))
    k = draw(st.integers(1, n))
    row = st.lists(st.integers(-3, 3), min_size=d, max_size=d)
    X = _f(draw(st.lists(row, min_size=n, max_size=n)))
    one = st.one_of(st.integers(0, 31).map(lambda v: v / 32),
                    st.floats(0, 1, exclude_max=True, allow_nan=False))
    draws = _d(draw(st.lists(one, min_size=k, max_size=k)))
    return X, k, draws


def arguments():
    return _small().filter(lambda args: _clean(*args))


def invariant(args, result):
    X, k, draws = args
    picks = [int(i) for i in result]
    if len(picks) != k:
        return f"expected {k} indices, got {len(picks)}"
    if len(set(picks)) != k:
        return "a centre was chosen twice"
    if any(not 0 <= i < len(X) for i in picks):
        return "an index is out of range"
    return None
