import math

import numpy as np

from judge.grading.authoring import Case, st

Z = 1.959963984540054


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def _units(groups) -> tuple:
    """groups: (stratum, control outcomes, treated outcomes) -> interleaved unit columns."""
    rows = []
    for label, control, treated in groups:
        rows += [(label, 0, v) for v in control] + [(label, 1, v) for v in treated]
    rows = rows[1::2] + rows[0::2]  # mix the order of the units
    return [r[0] for r in rows], _i([r[1] for r in rows]), _f([r[2] for r in rows])


def _answer(effect: float, se: float, used: int) -> dict:
    return {"effect": effect, "se": se, "lower": effect - Z * se, "upper": effect + Z * se,
            "strata_used": used}


SAMPLES = [
    Case(_units([("ios", [2, 4], [5, 7]), ("web", [1, 3], [2, 4, 9])]),
         expected=_answer(3.0, math.sqrt(496 / 243), 2),
         note="both platforms gain 3; weights 4/9 and 5/9, se² = (4/9)²·2 + (5/9)²·16/3 = 496/243"),
    Case(_units([("us", [10, 14], [13, 15]), ("fr", [20, 22], [30, 26, 28, 24]),
                 ("de", [100], [0, 1])]),
         expected=_answer(4.4, math.sqrt(1.76), 2),
         note="de has one control unit and is dropped; the weights 4/10 and 6/10 come from the "
              "10 units left: 0.4·2 + 0.6·6 = 4.4, se² = 0.16·5 + 0.36·8/3 = 1.76"),
    Case(_units([("ios", [1], [2, 3]), ("web", [4, 5], [6])]), expected=None,
         note="no platform has two units in each arm: nothing to estimate"),
]


def _experiment(seed: int, n: int, n_strata: int, spread: float, decimals: int,
                base: float = 50.0) -> tuple:
    """Strata of unequal sizes, treated shares, levels and lifts."""
    rng = np.random.default_rng(seed)
    size = rng.dirichlet(np.full(n_strata, 0.7))
    stratum = rng.choice(n_strata, size=n, p=size)
    share = rng.uniform(0.15, 0.85, n_strata)
    level = rng.normal(base, 20.0, n_strata)
    lift = rng.normal(1.0, 2.0, n_strata)
    arm = (rng.random(n) < share[stratum]).astype(np.int64)
    y = level[stratum] + lift[stratum] * arm + rng.normal(0.0, spread, n) * rng.uniform(0.5, 2.0, n_strata)[stratum]
    labels = [f"s{k:03d}" for k in range(n_strata)]
    return [labels[k] for k in stratum], arm, np.round(y, decimals)


def _simpson() -> tuple:
    """Treatment lifts every platform by 1, but is over-assigned on the cheap platform."""
    rng = np.random.default_rng(11)
    groups = []
    for label, level, n_c, n_t in (("ios", 80.0, 300, 100), ("android", 20.0, 100, 300),
                                   ("web", 50.0, 150, 150)):
        groups.append((label, np.round(rng.normal(level, 5.0, n_c), 2),
                       np.round(rng.normal(level + 1.0, 5.0, n_t), 2)))
    return _units(groups)


def _near_million() -> tuple:
    rng = np.random.default_rng(12)
    return _units([("a", np.round(rng.normal(999_999.0, 0.01, 400), 4),
                    np.round(rng.normal(999_999.02, 0.01, 300), 4)),
                   ("b", np.round(rng.normal(-999_998.0, 0.02, 250), 4),
                    np.round(rng.normal(-999_998.01, 0.02, 350), 4))])


HIDDEN = [
    Case(([], _i([]), _f([])), note="no units at all: None"),
    Case(_units([("web", [1, 2, 4], [3, 8])]), note="a single stratum: the plain unpooled difference"),
    Case(_units([("a", [1, 2], [3, 5]), ("b", [0], [9, 9, 9]), ("c", [], [4, 5]),
                 ("d", [2, 3], [1])]),
         note="exactly 2 and 2 is used; 1 control, 0 controls and 1 treated are dropped"),
    Case(_units([("a", [1, 2, 4], [3, 5]), ("b", [7, 8], [9, 12, 9]), ("z", [5, 6, 7], [])]),
         note="the last label in sorted order has no treated unit"),
    Case(_units([("z", [4, 4, 1], [5, 6]), ("a", [], [3, 3, 2]), ("m", [2, 9], [8, 1])]),
         note="the first label in sorted order has no control unit"),
    Case(_units([("iOS", [1, 3], [2, 6]), ("ios", [10, 12, 11], [15, 15]), ("IOS ", [0, 0], [0, 1])]),
         note="labels that differ only in case or a space are different strata"),
    Case(_units([("a", [5, 5], [7, 7, 7]), ("b", [1, 1, 1], [0, 0])]),
         note="no variance anywhere: se = 0 and lower = upper = effect"),
    Case(_units([("a", [0.1] * 3, [0.3] * 4), ("b", [0.7] * 5, [0.2] * 2)]),
         note="constant tenths whose means round: se is 0 up to rounding"),
    Case(_units([("a", [0.1, 0.1000001, 0.1000003], [0.1000002, 0.1000004]),
                 ("b", [0.2000001, 0.2], [0.2000005, 0.2000002, 0.2000003])]),
         note="spreads of 1e-7: se is about 1e-7 and no epsilon may swamp it"),
    Case(_near_million(), note="values near ±1e6 with spreads of 0.01: a one-pass variance cancels"),
    Case(_units([("a", [-1e6, 1e6, 0], [1e6, 1e6]), ("b", [-1e6, -1e6], [-999999.5, 1e6])]),
         note="extreme values"),
    Case(_simpson(), note="treatment over-assigned on the cheap platform: the overall difference "
                          "is negative, every platform gains about 1"),
    Case(_units([("a", [1, 2] * 20, [2, 3, 5]), ("b", [10, 12, 11], [30, 32] * 20)]),
         note="treated shares differ a lot between strata: weighting by treated counts is wrong"),
    Case(_units([("a", [3, 1], [2, 0]), ("b", [8, 6, 7], [5, 4, 6, 2])]), note="a negative effect"),
    Case(_units([(f"tiny{k}", [k, k + 1], [k + 2]) for k in range(30)]
                + [("big", [1, 2, 3, 4], [2, 5, 5, 9]), ("mid", [0, 1], [0, 3])]),
         note="thirty strata with one treated unit each are dropped; two remain"),
    Case(_experiment(1, 200_000, 1000, 15.0, 2), note="largest: 2e5 units in 1000 strata"),
    Case(_experiment(2, 200_000, 3, 30.0, 1), note="largest: 2e5 units in 3 strata"),
    Case(_experiment(3, 5000, 400, 3.0, 3), note="many small strata, some dropped"),
]


def generate(rng) -> tuple:
    seed = rng.randrange(10**9)
    n = rng.choice([20, 300, 5000, 50_000])
    n_strata = rng.choice([1, 2, 5, 40, 300])
    return _experiment(seed, n, n_strata, rng.choice([0.5, 5.0, 40.0]), rng.choice([1, 2, 3]),
                       rng.choice([0.0, 50.0, -3000.0]))


@st.composite
def _inputs(draw):
    n = draw(st.integers(0, 24))
    label = st.sampled_from(["ios", "android", "web", "iOS"])
    strata = draw(st.lists(label, min_size=n, max_size=n))
    arm = draw(st.lists(st.integers(0, 1), min_size=n, max_size=n))
    outcome = draw(st.lists(st.integers(-30, 30).map(lambda v: v / 10), min_size=n, max_size=n))
    return strata, _i(arm), _f(outcome)


def arguments():
    return _inputs()


def invariant(args, result):
    if result is None:
        return None
    effect, lower, upper = result["effect"], result["lower"], result["upper"]
    slack = 1e-9 + 1e-9 * abs(effect)
    if not lower - slack <= effect <= upper + slack:
        return f"the interval [{lower}, {upper}] must contain effect {effect}"
    return None
