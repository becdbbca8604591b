import numpy as np

from judge.grading.authoring import Case, st


def _i(rows) -> np.ndarray:
    return np.array(rows, dtype=np.int64)


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


SAMPLES = [
    Case((_i([[10, 20], [30, 40]]), False),
         expected={"statistic": 50 / 63, "dof": 1, "p_value": 0.37299848361348714,
                   "expected": _f([[12, 18], [28, 42]])},
         note="every |O - E| is 2: statistic = 4 * (1/12 + 1/18 + 1/28 + 1/42)"),
    Case((_i([[10, 20], [30, 40]]), True),
         expected={"statistic": 0.4464285714285714, "dof": 1, "p_value": 0.5040358664525048,
                   "expected": _f([[12, 18], [28, 42]])},
         note="Yates: each |O - E| shrinks to 1.5"),
    Case((_i([[12, 5, 9], [3, 10, 6]]), True),
         expected={"statistic": 6.7408906882591095, "dof": 2, "p_value": 0.034374325530130444,
                   "expected": _f([[26 / 3, 26 / 3, 26 / 3], [19 / 3, 19 / 3, 19 / 3]])},
         note="a 2x3 table: the Yates flag is ignored; p = exp(-statistic / 2)"),
]


def _random(seed: int, r: int, c: int, scale: int, skew: float) -> np.ndarray:
    rng = np.random.default_rng(seed)
    weights = rng.random((r, c)) ** skew
    table = rng.poisson(scale * weights / weights.mean())
    table[np.arange(min(r, c)), np.arange(min(r, c))] += 1  # keep every margin positive
    table[:, 0] += 1
    return table.astype(np.int64)


HIDDEN = [
    Case((_i([[5, 5], [5, 5]]), True), note="perfect independence: statistic 0, p = 1"),
    Case((_i([[5, 5], [5, 6]]), True), note="|O - E| below 0.5: the correction stops at zero"),
    Case((_i([[0, 7], [9, 0]]), False), note="zeros on the diagonal"),
    Case((_i([[0, 7], [9, 0]]), True), note="zeros on the diagonal, corrected"),
    Case((_i([[1, 0], [0, 1]]), True), note="the smallest table"),
    Case((_i([[1000000, 1], [1, 1000000]]), False), note="extreme counts: p underflows to 0"),
    Case((_i([[3, 1, 4, 1, 5], [9, 2, 6, 5, 3], [5, 8, 9, 7, 9]]), True),
         note="3x5, even dof"),
    Case((_i([[20, 30], [25, 35], [40, 10], [5, 45]]), False), note="4x2, odd dof = 3"),
    Case((_random(1, 2, 2, 500, 1.0), True), note="random 2x2"),
    Case((_random(2, 6, 7, 40, 3.0), False), note="sparse 6x7"),
    Case((_random(3, 20, 20, 2000, 1.0), False), note="largest, odd dof = 361"),
    Case((_random(4, 20, 19, 50000, 0.5), True), note="largest, even dof, huge statistic"),
    Case((_i([[1, 1, 1], [2, 2, 2]]), True), note="independent 2x3: statistic 0 with even dof, p = 1"),
    Case((_i([[3, 6, 9], [1, 2, 3], [5, 10, 15]]), False),
         note="independent 3x3: statistic 0 with even dof, p = 1"),
    Case((_i([[1000000, 999999], [999999, 999999]]), False),
         note="statistic 2.5e-7 is not zero: p = 0.99960"),
    Case((_i([[1000000, 999999], [20, 20]]), False),
         note="statistic 1e-11 is not zero: p = 0.9999975"),
    Case((_i([[220401, 359823, 513554, 699400, 653676], [220400, 359824, 513555, 699400, 653677],
              [220401, 359823, 513554, 699401, 653676], [220400, 359824, 513554, 699399, 653677],
              [220399, 359822, 513555, 699400, 653677]]), False),
         note="statistic 2.5e-5 with dof 16: the summed tail rounds to 1.0000000000000002"),
    Case((_i([[1, 0, 0, 0, 0]] + [[0] + [1000000] * 4] * 4), False),
         note="an expected count of 6.25e-8: no epsilon may be added to it"),
]


@st.composite
def _tables(draw):
    r = draw(st.integers(2, 4))
    c = draw(st.integers(2, 4))
    cells = draw(st.lists(st.lists(st.integers(0, 25), min_size=c, max_size=c),
                          min_size=r, max_size=r))
    table = _i(cells)
    table[table.sum(axis=1) == 0, 0] = 1
    table[0, table.sum(axis=0) == 0] = 1
    return table, draw(st.booleans())


def arguments():
    return _tables()


def invariant(args, result):
    table = args[0].astype(float)
    if type(result["dof"]) is not int:
        return f"dof must be an int, not a {type(result['dof']).__name__}"
    if not 0.0 <= result["p_value"] <= 1.0:
        return f"p_value {result['p_value']} is not in [0, 1]"
    expected = np.asarray(result["expected"], dtype=float)
    if not (np.allclose(expected.sum(axis=1), table.sum(axis=1))
            and np.allclose(expected.sum(axis=0), table.sum(axis=0))):
        return "the expected counts must keep the observed row and column sums"
    return None
