import math

import numpy as np

from judge.grading.authoring import Case, st

Z = 1.959963984540054


def _survey(groups) -> tuple:
    """groups: (cell, responses) -> the two interleaved columns."""
    rows = [(cell, float(v)) for cell, values in groups for v in values]
    rows = rows[1::2] + rows[0::2]  # mix the order of the responses
    return [r[0] for r in rows], np.array([r[1] for r in rows], dtype=np.float64)


def _answer(mean: float, variance: float, used: int) -> dict:
    half = Z * math.sqrt(variance)
    return {"mean": mean, "variance": variance, "lower": mean - half, "upper": mean + half,
            "responses_used": used}


SAMPLES = [
    Case(_survey([("18-34", [6, 8]), ("35-54", [5, 7, 9]), ("55+", [9, 9, 10, 8])])
         + ({"18-34": 30, "35-54": 45, "55+": 25},),
         expected=_answer(7.5, 0.36 + 1 / 96, 9),
         note="shares 0.30, 0.45, 0.25 (percentages): 0.3·7 + 0.45·7 + 0.25·9 = 7.5, while "
              "the raw mean is 7.89; variance = 0.09·2/2 + 0.2025·4/3 + 0.0625·(2/3)/4"),
    Case(_survey([("north", [3, 5, 4]), ("south", [8, 6]), ("airport", [1, 1, 10])])
         + ({"north": 12000, "south": 8000},),
         expected=_answer(5.2, 0.28, 5),
         note="head counts give shares 0.6 and 0.4; the airport answers are outside the "
              "population and ignored: 0.6·4 + 0.4·7 = 5.2, variance = 0.36·1/3 + 0.16·2/2"),
    Case(_survey([("a", [1, 2]), ("b", [3, 4])]) + ({"a": 0.5, "b": 0.3, "c": 0.2},),
         expected=None, note="nobody from cell c answered: the estimate is undefined"),
]


def _study(seed: int, n: int, n_cells: int, n_outside: int, spread: float, decimals: int,
           base: float = 6.0) -> tuple:
    """Cells whose response rates differ a lot from their population shares."""
    rng = np.random.default_rng(seed)
    names = [f"d{k:03d}" for k in range(n_cells)]
    size = rng.integers(1, 50_000, n_cells)
    response_rate = rng.uniform(0.05, 1.0, n_cells)
    p = size * response_rate / np.sum(size * response_rate)
    cell = rng.choice(n_cells, size=n, p=p)
    # every cell gets at least two responses
    cell[: 2 * n_cells] = np.repeat(np.arange(n_cells), 2)
    level = base + rng.normal(0.0, 2.0, n_cells) + 0.5 * np.log(response_rate)
    y = np.round(level[cell] + rng.normal(0.0, spread, n), decimals)
    outside = [f"x{k}" for k in rng.integers(0, 5, n_outside)]
    y_out = np.round(rng.normal(base + 40.0, spread, n_outside), decimals)
    order = rng.permutation(n + n_outside)
    all_cells = np.array([names[k] for k in cell] + outside, dtype=object)[order]
    population = {names[k]: int(size[k]) for k in rng.permutation(n_cells)}
    return all_cells.tolist(), np.concatenate([y, y_out])[order], population


def _near_million() -> tuple:
    rng = np.random.default_rng(12)
    return _survey([("a", np.round(rng.normal(999_999.0, 0.01, 500), 4)),
                    ("b", np.round(rng.normal(999_998.5, 0.02, 300), 4)),
                    ("c", np.round(rng.normal(-999_999.0, 0.01, 40), 4))]) + (
        {"a": 0.25, "b": 0.5, "c": 0.25},)


HIDDEN = [
    Case(([], np.array([], dtype=np.float64), {"all": 1.0}), note="no responses: None"),
    Case(_survey([("all", [2, 9, 4, 4])]) + ({"all": 3.5},),
         note="one cell: the plain mean and s²/n"),
    Case(_survey([("a", [1, 3]), ("b", [2, 2, 8]), ("c", [5, 6, 7, 9])]) + ({"a": 0.1, "b": 0.2, "c": 0.7},),
         note="fractions 0.1 + 0.2 + 0.7, which add up to 0.9999999999999999"),
    Case(_survey([("a", [1, 3]), ("b", [2, 2, 8]), ("c", [5, 6, 7, 9])]) + ({"a": 3, "b": 7, "c": 11},),
         note="int sizes 3, 7, 11: the shares are 3/21, 7/21, 11/21"),
    Case(_survey([("a", [1, 3]), ("b", [2, 2, 8]), ("c", [5, 6, 7, 9])]) + ({"c": 1e-6, "a": 1e9, "b": 5e8},),
         note="sizes from 1e-6 to 1e9"),
    Case(_survey([("a", [1, 3]), ("b", [2, 2, 8]), ("c", [5, 6, 7, 9])]) + ({"c": 0.2, "a": 0.5, "b": 0.2},),
         note="fractions that add up to 0.9, listed out of order"),
    Case(_survey([("a", [1, 3]), ("b", [2, 2, 8])]) + ({"a": 1, "b": 1, "z": 2},),
         note="the last-listed population cell has no response: None"),
    Case(_survey([("b", [1, 3]), ("c", [2, 2, 8])]) + ({"a": 1, "b": 1, "c": 2},),
         note="the first-listed population cell has no response: None"),
    Case(_survey([("n", [1, 3]), ("s", [2, 2, 8]), ("e", [4, 4])]) + ({"w": 1, "n": 1, "s": 2},),
         note="a population cell is missing while another answered from outside: None"),
    Case(_survey([("other", [1, 2, 3])]) + ({"a": 1, "b": 1},), note="no response from inside: None"),
    Case(_survey([("18-34", [1, 2, 2]), ("18-34 ", [9, 9]), ("18-34".upper(), [9, 9, 9]),
                  ("35+", [5, 7]), ("35+ ", [100, 100])]) + ({"18-34": 1, "35+": 1},),
         note="cells that differ only in a space are outside the population"),
    Case(_survey([("a", [3, 3, 3]), ("b", [7, 7])]) + ({"a": 2, "b": 3},),
         note="constant cells: variance 0 and lower = upper = mean"),
    Case(_survey([("a", [0.1] * 3), ("b", [0.7] * 5), ("c", [0.3] * 2)]) + ({"a": 1, "b": 1, "c": 1},),
         note="constant tenths whose means round: the variance is 0 up to rounding"),
    Case(_survey([("a", [0.1, 0.10001, 0.10003]), ("b", [0.20001, 0.2, 0.20004])])
         + ({"a": 0.4, "b": 0.6},),
         note="spreads of 1e-5: the variance is about 1e-11 and no threshold may zero it"),
    Case(_near_million(), note="values near ±1e6 with spreads of 0.01: a one-pass variance cancels"),
    Case(_survey([("a", [-1e6, 1e6]), ("b", [1e6, 1e6, -1e6]), ("c", [-0.5, 0.5])]) + ({"a": 1, "b": 1, "c": 1},),
         note="extreme values"),
    Case(_survey([("young", [2, 3, 4]), ("old", [8, 9] * 50), ("visitor", [10] * 400)])
         + ({"young": 70, "old": 30},),
         note="over-represented old riders and many outside answers: raw mean 9.66, post-stratified 4.65"),
    Case(_survey([("a", [-3, -1]), ("b", [-8, -6, -7])]) + ({"a": 2, "b": 1},), note="negative scores"),
    Case(_study(1, 200_000, 500, 0, 2.0, 2), note="largest: 2e5 responses in 500 cells"),
    Case(_study(2, 150_000, 3, 50_000, 1.5, 0), note="largest: 3 cells and 5e4 outside answers"),
    Case(_study(3, 3000, 200, 300, 0.5, 3), note="many small cells"),
]


def generate(rng) -> tuple:
    seed = rng.randrange(10**9)
    n_cells = rng.choice([1, 2, 6, 40, 300])
    n = 2 * n_cells + rng.choice([0, 50, 2000, 40_000])
    return _study(seed, n, n_cells, rng.choice([0, 3, 500]), rng.choice([0.3, 2.0, 30.0]),
                  rng.choice([0, 1, 2]), rng.choice([0.0, 6.0, -500.0]))


@st.composite
def _inputs(draw):
    names = ["a", "b", "c", "A"]
    keys = draw(st.lists(st.sampled_from(names), min_size=1, max_size=4, unique=True))
    size = st.one_of(st.integers(1, 100), st.integers(1, 20).map(lambda v: v / 10))
    population = {k: draw(size) for k in keys}
    cells = draw(st.lists(st.sampled_from(names + ["other"]), max_size=16))
    for name in set(cells) & set(keys):  # a population cell with answers has at least two
        if cells.count(name) == 1:
            cells.append(name)
    values = draw(st.lists(st.integers(-30, 30).map(lambda v: v / 10),
                           min_size=len(cells), max_size=len(cells)))
    return cells, np.array(values, dtype=np.float64), population


def arguments():
    return _inputs()


def invariant(args, result):
    if result is None:
        return None
    mean, lower, upper = result["mean"], result["lower"], result["upper"]
    slack = 1e-9 + 1e-9 * abs(mean)
    if not lower - slack <= mean <= upper + slack:
        return f"the interval [{lower}, {upper}] must contain the mean {mean}"
    return None
