import numpy as np

from judge.grading.authoring import Case


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_f([-2, -1, -0.5, 0, 0.5, 1, 3]), _f([50, 2, 3, 5, 6, 9, 100]), 0.0, 2.0),
         expected={"jump": 0.76, "left_intercept": 4.0, "right_intercept": 4.76,
                   "n_left": 3, "n_right": 3},
         note="x = 3 is outside the window and ignored; x = -2 sits on its edge: counted in "
              "n_left but with weight 0. The left line through (-1, 2) and (-0.5, 3) meets "
              "the cut-off at 4; the right fit, weights 1, 0.75 and 0.5, at 4.76"),
    Case((_f([3.5, 3.75, 4.0, 4.25, 4.5, 4.75, 5.0, 5.5]),
          _f([9.0, -0.5, 0.0, 0.5, 3.0, 3.5, 3.5, -7.0]), 4.5, 1.0),
         expected={"jump": 2.06, "left_intercept": 1.0, "right_intercept": 3.06,
                   "n_left": 4, "n_right": 4},
         note="the seller exactly at the cut-off 4.5 is treated (right side, weight 1); "
              "both window edges 3.5 and 5.5 are counted with weight 0"),
]


def _design(seed: int, n: int, cutoff: float, spread: float, h: float, effect: float,
            noise: float, curve: float = 0.0, decimals: int = 3) -> tuple:
    rng = np.random.default_rng(seed)
    x = np.round(cutoff + rng.uniform(-spread, spread, n), decimals)
    d = x - cutoff
    y = 20.0 + 3.0 * d / spread + curve * (d / spread) ** 2 + effect * (d >= 0)
    y = np.round(y + rng.normal(0.0, noise, n), 4)
    return x, y, cutoff, h


def _edges() -> tuple:
    # dyadic values: the window edges and the cut-off are exact in binary
    x = _f([-3, 5, 0.25, 0.5, -0.25, -0.75, 1, -1, 0.25, 1, 0, 0, 2, -2])
    y = _f([400, -400, 7, 8, 1, 0.5, 6, -9, 7.5, 3, 12, 10, 1, 2])
    return x, y, 0.0, 2.0


HIDDEN = [
    Case(_edges(), note="points at the cut-off (treated), on both edges (weight 0, counted) "
                        "and repeated x values"),
    Case((_f([-1, -0.5, 0.5, 1]), _f([1, 2, 4, 3]), 0.0, 4.0),
         note="two points per side: each line passes through both"),
    Case((_f([-1, -0.5, 0.5, 1, -4, 4]), _f([1, 2, 4, 3, 1000, -1000]), 0.0, 4.0),
         note="two points per side plus one on each window edge: weight 0, but counted"),
    Case((_f([0.2, 0.3, 0.35, 0.4, 0.25, 0.45]), _f([0.1, 0.3, 0.7, 0.9, 0.2, 1.1]), 0.3, 0.15),
         note="tenths that are not exact in binary; x = 0.3 is exactly the cut-off"),
    Case((_f([9, 9.5, 10, 10, 10.5, 11, 8, 12]), _f([5, 5, 30, -10, 6, 6, 5, 6]), 10.0, 2.0),
         note="two sellers exactly at the cut-off with very different outcomes: both treated"),
    Case((_f([-1, -0.5, 0, 0.5, 1, 2, 3, -3]), _f([1, 1.5, 8, 2.5, 3, 4, 5, -1]), 0.0, 1.5),
         note="no jump in the line except at the cut-off point itself"),
    Case(_design(1, 400, 0.0, 10.0, 4.0, 2.5, 1.0), note="a noisy jump of 2.5"),
    Case(_design(2, 600, -50.0, 20.0, 7.5, -4.0, 2.0, curve=15.0),
         note="negative cut-off, negative effect, curved outcome"),
    Case(_design(3, 800, 100000.5, 30.0, 12.0, 1.0, 0.5, curve=-8.0),
         note="scores near 1e5: the intercept must be taken at the cut-off, not at x = 0"),
    Case(_design(4, 300, 0.0, 5.0, 5.0, 0.0, 0.3, curve=30.0),
         note="the bandwidth covers all the data: curvature with no jump"),
    Case(_design(5, 1000, 70.0, 40.0, 2.0, 3.0, 1.0, curve=60.0, decimals=1),
         note="scores in tenths with many ties, narrow window"),
    Case(_design(6, 200_000, 0.0, 1000000.0, 250000.0, 150.0, 40.0, curve=500.0, decimals=0),
         note="largest: 2e5 sellers, integer scores up to 1e6"),
    Case(_design(7, 200_000, -1234.5, 50.0, 0.5, 0.7, 0.2, curve=3.0, decimals=2),
         note="largest, a narrow window holding about 1% of the data"),
    Case(_design(8, 500, 0.0, 1.0, 1.0, 1e-3, 1e-4, curve=0.01, decimals=6),
         note="a jump of 1e-3 in outcomes near 20"),
    Case(_design(9, 300, 0.5, 3e-6, 2e-6, 0.8, 0.05, curve=1.0, decimals=12),
         note="a window 2e-6 wide: weighted sums of squares near 1e-12, no epsilon may "
              "enter a denominator"),
    Case(_design(10, 2000, -999000.0, 1000.0, 400.0, -350000.0, 90000.0, curve=200000.0),
         note="outcomes of order 1e5 and a negative jump, cut-off near -1e6"),
]


def generate(rng):
    while True:
        n = rng.randint(20, 3000)
        cutoff = round(rng.uniform(-1000.0, 1000.0), 2)
        spread = 10 ** rng.uniform(-1, 3)
        h = spread * rng.uniform(0.1, 1.2)
        seed = rng.randrange(2**32)
        x, y, cutoff, h = _design(seed, n, cutoff, spread, h, rng.uniform(-5, 5),
                                  rng.uniform(0.01, 3), curve=rng.uniform(-20, 20),
                                  decimals=rng.choice([2, 3, 6]))
        d = x - cutoff
        left = np.unique(d[(d < 0) & (d > -h)])
        right = np.unique(d[(d >= 0) & (d < h)])
        if len(left) >= 2 and len(right) >= 2:
            return x, y, cutoff, h
