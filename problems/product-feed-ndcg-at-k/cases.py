import math

import numpy as np

from judge.grading.authoring import Case, st

L3 = math.log2(3)


def _s(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float32)


def _g(rows) -> np.ndarray:
    return np.array(rows, dtype=np.int64)


SAMPLES = [
    Case((_s([[0.9, 0.2, 0.5]]), _g([[1, 2, 0]]), 2),
         expected=np.array([1.0 / (3.0 + 1.0 / L3)]),
         note="order 0, 2, 1: DCG = (2¹ − 1)/1 + 0 = 1; the ideal order puts grades 2, 1 first: "
              "IDCG = 3/1 + 1/log2(3), so NDCG = 1 / (3 + 1/log2(3)) ≈ 0.2754"),
    Case((_s([[0.5, 0.5, 0.1], [1.0, 2.0, 3.0]]), _g([[0, 3, 1], [0, 0, 0]]), 5),
         expected=np.array([(7.0 / L3 + 0.5) / (7.0 + 1.0 / L3), 0.0]),
         note="query 0: the tie at 0.5 puts index 0 before index 1; k = 5 > n = 3 uses all three "
              "places: DCG = 0 + 7/log2(3) + 1/2, IDCG = 7 + 1/log2(3) + 0. Query 1: every grade "
              "is 0, so IDCG = 0 and NDCG = 0"),
]


def _random(seed, m, n, k, levels, max_grade, zero_rows=0):
    rng = np.random.default_rng(seed)
    grades = rng.integers(0, max_grade + 1, size=(m, n))
    grades[rng.random((m, n)) < 0.5] = 0
    raw = rng.normal(0, 1, size=(m, n)) + 0.3 * grades
    if levels:
        raw = np.round(raw * levels) / levels  # coarse scores: many ties
    scores = (raw * 10).astype(np.float32)
    if zero_rows:
        grades[rng.integers(0, m, size=zero_rows)] = 0
    return scores, grades, k


ONE = np.float32(1.0)
NEXT = np.nextafter(ONE, np.float32(2.0))

HIDDEN = [
    Case((_s([[3.0]]), _g([[2]]), 1), note="one candidate with a positive grade"),
    Case((_s([[3.0]]), _g([[0]]), 4), note="one candidate, grade 0: IDCG = 0"),
    Case((_s([[1.0, 1.0, 1.0, 1.0]]), _g([[0, 1, 2, 3]]), 2),
         note="all scores tied: index order, so the worst candidates come first"),
    Case((_s([[2.0, 2.0, 5.0, 2.0]]), _g([[3, 0, 1, 2]]), 3),
         note="a tie behind the leader: index 0 before 1 before 3"),
    Case((_s([[0.0, -0.0, 0.0]]), _g([[0, 4, 2]]), 2),
         note="-0.0 and 0.0 are equal scores: index order"),
    Case((np.array([[ONE, NEXT, ONE]], dtype=np.float32), _g([[0, 2, 1]]), 1),
         note="scores one float32 step apart are not tied"),
    Case((_s([[-3.5, -1.25, -100.0, -1.25]]), _g([[1, 0, 3, 2]]), 3), note="negative scores"),
    Case((_s([[0.1, 0.9, 0.8, 0.7, 0.6]]), _g([[5, 0, 0, 0, 0]]), 2),
         note="the only relevant candidate is ranked last: NDCG 0, and the ideal still counts it"),
    Case((_s([[0.1, 0.9, 0.8, 0.7, 0.6]]), _g([[3, 1, 0, 0, 0]]), 2),
         note="the ideal comes from all candidates, not from the retrieved top k"),
    Case((_s([[0.4, 0.3, 0.2, 0.1]]), _g([[2, 3, 0, 1]]), 4),
         note="grades out of order in the top k"),
    Case((_s([[0.4, 0.3, 0.2, 0.1]]), _g([[1, 0, 10, 9]]), 3), note="grades up to 10"),
    Case((_s([[0.4, 0.3, 0.2, 0.1]]), _g([[1, 3, 2, 0]]), 1), note="k = 1"),
    Case((_s([[0.2, 0.3, 0.1], [0.2, 0.3, 0.1]]), _g([[0, 1, 0], [1, 0, 0]]), 2),
         note="a single grade-1 candidate: IDCG is exactly 1"),
    Case((_s([[5.0, 4.0, 3.0], [1.0, 2.0, 3.0], [7.0, 7.0, 7.0]]),
          _g([[2, 1, 0], [0, 0, 0], [1, 1, 1]]), 10),
         note="perfect order, all-zero grades and equal grades; k > n"),
    Case(_random(1, 30, 8, 5, 2, 3, zero_rows=3), note="random, coarse scores"),
    Case(_random(2, 500, 1000, 10, 1, 4), note="largest, heavy ties"),
    Case(_random(3, 500, 1000, 2000, 0, 10, zero_rows=20), note="largest, k above n"),
    Case(_random(4, 200, 1000, 100, 2, 2), note="large, ties, k = 100"),
]


def generate(rng):
    return _random(rng.randint(0, 10**9), rng.randint(1, 20), rng.randint(1, 40),
                   rng.randint(1, 50), rng.choice([0, 1, 2, 5]), rng.randint(0, 6),
                   zero_rows=rng.randint(0, 2))


@st.composite
def _small(draw):
    m = draw(st.integers(1, 3))
    n = draw(st.integers(1, 6))
    scores = draw(st.lists(st.lists(st.integers(-2, 2).map(lambda v: v / 2), min_size=n,
                                    max_size=n), min_size=m, max_size=m))
    grades = draw(st.lists(st.lists(st.integers(0, 3), min_size=n, max_size=n),
                           min_size=m, max_size=m))
    return _s(scores), _g(grades), draw(st.integers(1, 8))


def arguments():
    return _small()


def invariant(args, result):
    scores, _, _ = args
    result = np.asarray(result)
    if result.shape != (scores.shape[0],):
        return f"the result has shape {result.shape}, expected ({scores.shape[0]},)"
    if (result < 0).any() or (result > 1 + 1e-12).any():
        return "an NDCG value lies outside [0, 1]"
    return None
