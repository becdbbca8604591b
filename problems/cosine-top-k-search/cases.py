from fractions import Fraction

import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _i(rows) -> np.ndarray:
    return np.array(rows, dtype=np.int64)


def _clean(args: tuple) -> bool:
    """The statement's promise for integer-valued cases: similarities of one query that are
    mathematically equal come from identical rows or are exactly 0, and the rest differ by
    more than 1e-9 once computed."""
    Q, C, _ = args
    for q in Q:
        keys = {}
        for v in C:
            dot = int(np.dot(q, v))
            nq, nv = int(np.dot(q, q)), int(np.dot(v, v))
            if dot == 0 or nq == 0 or nv == 0:
                continue
            key = (1 if dot > 0 else -1) * Fraction(dot * dot, nq * nv)  # sign * cos**2
            if key in keys and keys[key] != tuple(v):
                return False
            keys[key] = tuple(v)
        values = sorted(float(k) for k in keys)
        cosines = sorted([0.0] + [float(np.sign(x)) * abs(x) ** 0.5 for x in values])
        if any(b - a <= 1e-8 for a, b in zip(cosines, cosines[1:], strict=False)):
            return False
    return True


def _checked(Q, C, k) -> tuple:
    args = (_f(Q), _f(C), k)
    assert _clean(args), "a case breaks the tie promise"
    return args


SAMPLES = [
    Case((_f([[1.0, 0.0]]), _f([[0.0, 2.0], [3.0, 0.0], [1.0, 1.0]]), 2),
         expected=(_i([[1, 2]]), _f([[1.0, 0.5 ** 0.5]])),
         note="row 1 points the same way (cos 1), row 2 is 45 degrees off"),
    Case((_f([[0.0, 0.0], [0.0, -1.0]]), _f([[5.0, 0.0], [0.0, 0.0], [0.0, 4.0]]), 5),
         expected=(_i([[0, 1, 2], [0, 1, 2]]), _f([[0.0, 0.0, 0.0], [0.0, 0.0, -1.0]])),
         note="k > n returns all 3 rows; zero vectors score 0 and ties go to the lower index"),
]


def _random(seed: int, m: int, n: int, d: int, k: int) -> tuple:
    rng = np.random.default_rng(seed)
    Q = rng.normal(0, 10, size=(m, d))
    C = rng.normal(0, 10, size=(n, d))
    C[rng.integers(0, n, size=3)] = 0.0  # zero rows: exact ties at 0
    sims = -np.sort(-(Q @ C.T) / np.outer(np.linalg.norm(Q, axis=1),
                                          np.maximum(np.linalg.norm(C, axis=1), 1e-300)),
                    axis=1)
    gaps = -np.diff(sims[:, :k + 1], axis=1)  # only the ranks that decide the answer
    assert ((gaps == 0) | (gaps > 1e-8)).all(), "a near-tie in a random case"
    return Q, C, k


HIDDEN = [
    Case(_checked([[1.0, 2.0, 3.0]], [[1.0, 2.0, 3.0]], 1), note="a single corpus row"),
    Case(_checked([[1.0, 1.0]], [[2.0, -1.0], [2.0, -1.0], [2.0, -1.0]], 2),
         note="identical rows: lower indices first"),
    Case(_checked([[0.0, 0.0, 0.0]], [[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [-4.0, 0.0, 1.0]], 3),
         note="zero query"),
    Case(_checked([[3.0, 4.0], [-3.0, -4.0]], [[0.0, 0.0], [6.0, 8.0], [-1.0, 0.0],
                                               [0.0, 0.0], [4.0, -3.0]], 10),
         note="zero corpus rows, negative and orthogonal rows, k > n"),
    Case(_checked([[1.0, 0.0, 0.0]], [[0.0, 1.0, 0.0], [0.0, 0.0, 5.0], [-2.0, 1.0, 0.0],
                                      [1.0, 0.0, 1.0]], 4),
         note="orthogonal rows tie at 0, negative below them"),
    Case(_checked([[1000.0, -1000.0], [-1000.0, 1000.0]], [[1000.0, -999.0], [-1.0, 1.0]], 1),
         note="extreme values, k = 1"),
    Case(_checked([[0.3, 0.4], [0.06, -0.08]], [[0.6, 0.0], [0.0, 0.5], [-0.1, 0.2], [0.3, 0.3]],
                  3),
         note="query and corpus norms below 1: both must still be divided out"),
    Case((_f([[3e-10, 4e-10], [1.0, 2.0]]),
          _f([[3e-13, 4e-13], [-4e-10, 3e-10], [0.0, 0.0], [1000.0, -1.0], [2e-13, -1e-13]]), 5),
         note="tiny but non-zero vectors (norms 5e-10 and 5e-13) have ordinary similarities: only "
              "an exact zero vector scores 0"),
    Case(_random(1, 20, 100, 8, 7), note="random with duplicates"),
    Case(_random(2, 200, 2000, 64, 10), note="largest"),
    Case(_random(3, 20, 300, 16, 10000), note="k far above n"),
]


def generate(rng):
    for _ in range(1000):
        m, n, d = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 4)
        Q = _f([[rng.randint(-3, 3) for _ in range(d)] for _ in range(m)])
        C = _f([[rng.randint(-3, 3) for _ in range(d)] for _ in range(n)])
        args = (Q, C, rng.randint(1, n + 3))
        if _clean(args):
            return args
    raise AssertionError("no clean case drawn")


@st.composite
def _small(draw):
    d = draw(st.integers(1, 3))
    m = draw(st.integers(1, 3))
    n = draw(st.integers(1, 8))
    row = st.lists(st.integers(-2, 2), min_size=d, max_size=d)
    Q = draw(st.lists(row, min_size=m, max_size=m))
    C = draw(st.lists(row, min_size=n, max_size=n))
    return _f(Q), _f(C), draw(st.integers(1, n + 2))


def arguments():
    return _small().filter(_clean)


def _similarities(Q: np.ndarray, C: np.ndarray) -> np.ndarray:
    q_norm, c_norm = np.linalg.norm(Q, axis=1), np.linalg.norm(C, axis=1)
    return (Q @ C.T) / np.outer(np.where(q_norm > 0, q_norm, 1.0),
                                np.where(c_norm > 0, c_norm, 1.0))


def invariant(args, result):
    """Each returned row has, computed from the inputs, the similarity returned at its place
    (within twice the checker's tolerance): with the checker, the rows form a correct top-k,
    up to rows whose similarities are tied within the tolerance."""
    Q, C, k = args
    indices, sims = (np.asarray(r) for r in result)
    if indices.shape[1] != min(k, C.shape[0]):
        return "each row must hold min(k, n) results"
    if (np.diff(sims, axis=1) > 1e-12).any():
        return "similarities must be in non-increasing order"
    if indices.size and (indices.min() < 0 or indices.max() >= C.shape[0]):
        return f"indices must lie between 0 and {C.shape[0] - 1}"
    for row in indices:
        if len(set(row.tolist())) != len(row):
            return "a corpus row appears twice in one result list"
    true = np.take_along_axis(_similarities(Q, C), indices.astype(np.int64), axis=1)
    allowed = 2 * (1e-9 + 1e-6 * np.abs(true))
    wrong = np.argwhere(np.abs(true - sims) > allowed)
    if len(wrong):
        query, place = (int(x) for x in wrong[0])
        return (f"query {query}: row {int(indices[query, place])} is returned at place {place} "
                f"with similarity {float(sims[query, place])!r}, but its similarity is "
                f"{float(true[query, place])!r}")
    return None
