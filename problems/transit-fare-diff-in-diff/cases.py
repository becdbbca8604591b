import numpy as np

from judge.grading.authoring import Case, st


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _obs(rows):
    """rows of (unit, treated, post, y) -> the four arrays."""
    if not rows:
        return _i([]), _i([]), _i([]), _f([])
    u, t, p, y = zip(*rows)
    return _i(u), _i(t), _i(p), _f(y)


SAMPLES = [
    Case(_obs([(1, 1, 0, 10), (1, 1, 1, 15), (2, 1, 0, 12), (2, 1, 1, 13), (2, 1, 1, 19),
               (3, 0, 0, 8), (3, 0, 1, 9), (4, 0, 0, 6), (4, 0, 1, 9)]),
         expected=8 / 3,
         note="treated: 47/3 - 11 = 14/3; control: 9 - 7 = 2; so 14/3 - 2 = 8/3. Route 2 has "
              "two post days, so averaging per-route changes (5 and 4) would give 4.5 - 2 = 2.5"),
    Case(_obs([(7, 1, 0, 3.5), (7, 1, 1, 4.0), (8, 0, 0, 2.0)]), expected=None,
         note="no control route was logged after the cut: undefined"),
    Case(_obs([(5, 1, 0, 20), (5, 1, 1, 18), (6, 0, 0, 20), (6, 0, 1, 25)]), expected=-7.0,
         note="treated fell by 2 while control rose by 5: -2 - 5 = -7"),
]


def _panel(seed: int, n_units: int, effect: float, max_obs: int, drop: float = 0.0,
           scale: float = 50.0, level: float = 500.0) -> tuple:
    rng = np.random.default_rng(seed)
    treated_unit = rng.integers(0, 2, n_units)
    base = level + scale * rng.normal(size=n_units) + 10 * treated_unit
    unit, treated, post, y = [], [], [], []
    for u in range(n_units):
        for period in (0, 1):
            if rng.random() < drop:
                continue
            k = int(rng.integers(1, max_obs + 1))
            vals = base[u] + 7.0 * period + effect * period * treated_unit[u] \
                + scale * 0.3 * rng.normal(size=k)
            unit += [u * 37 + 11] * k
            treated += [int(treated_unit[u])] * k
            post += [period] * k
            y += list(np.round(vals, 1))
    return _i(unit), _i(treated), _i(post), _f(y)


HIDDEN = [
    Case(_obs([]), note="empty input"),
    Case(_obs([(1, 1, 0, 1.0), (2, 0, 0, 2.0), (2, 0, 1, 3.0)]), note="no treated post cell"),
    Case(_obs([(1, 1, 1, 1.0), (2, 0, 0, 2.0), (2, 0, 1, 3.0)]), note="no treated pre cell"),
    Case(_obs([(1, 1, 0, 1.0), (1, 1, 1, 5.0), (2, 0, 1, 3.0)]), note="no control pre cell"),
    Case(_obs([(1, 1, 0, 1.0), (1, 1, 1, 5.0), (2, 0, 0, 3.0)]), note="no control post cell"),
    Case(_obs([(1, 1, 0, 1.0), (1, 1, 1, 5.0), (1, 1, 1, 6.0)]), note="only treated routes"),
    Case(_obs([(0, 0, 0, 1.0), (0, 0, 1, 5.0), (3, 0, 0, 4.0), (3, 0, 1, 1.0)]),
         note="only control routes"),
    Case(_obs([(0, 1, 0, 2.0), (0, 1, 1, 9.0), (1, 0, 0, 4.0), (1, 0, 1, 4.5)]),
         note="one observation per cell: (9 - 2) - (4.5 - 4) = 6.5"),
    Case(_obs([(1, 1, 0, 0.1), (1, 1, 1, 0.1), (2, 1, 1, 0.1), (3, 0, 0, 0.3), (3, 0, 1, 0.3),
               (3, 0, 1, 0.3)]), note="constant cells of tenths: 0 up to rounding"),
    Case(_obs([(1, 1, 0, 10), (1, 1, 1, 30), (2, 1, 0, 20), (3, 0, 0, 5), (3, 0, 1, 6),
               (4, 0, 1, 100)]),
         note="routes seen in only one period still count in their cell"),
    Case(_obs([(1, 1, 0, 4), (1, 1, 1, 8), (2, 1, 0, 10), (2, 1, 1, 10), (2, 1, 1, 10),
               (2, 1, 1, 10), (3, 0, 0, 1), (3, 0, 1, 1)]),
         note="a route with many post days pulls the post mean its way"),
    Case(_obs([(9, 0, 0, -1e6), (9, 0, 1, 1e6), (8, 1, 0, 1e6), (8, 1, 1, -1e6)]),
         note="extreme values: -2e6 - 2e6"),
    Case(_obs([(1, 1, 0, 3.0), (2, 0, 1, 1.0), (1, 1, 1, 7.0), (2, 0, 0, 2.0), (1, 1, 0, 5.0)]),
         note="observations in no particular order"),
    Case(_obs([(0, 1, 0, 5), (0, 1, 1, 6), (1, 0, 0, 5), (1, 0, 1, 1)]),
         note="route id 0 is an ordinary id"),
    Case(_panel(1, 40, 12.0, 5, drop=0.2), note="an unbalanced panel, some routes in one period"),
    Case(_panel(2, 2000, -3.0, 8, drop=0.1, scale=1e5, level=0.0), note="large scale values"),
    Case(_panel(3, 25_000, 4.0, 7, drop=0.05), note="largest (about 2e5 observations)"),
]


def generate(rng):
    return _panel(rng.randrange(10**9), rng.randint(2, 60), rng.uniform(-20, 20),
                  rng.randint(1, 6), drop=rng.choice([0.0, 0.2, 0.4]))


@st.composite
def _inputs(draw):
    n = draw(st.integers(0, 12))
    rows = []
    for _ in range(n):
        u = draw(st.integers(0, 4))
        rows.append((u, u % 2, draw(st.integers(0, 1)),
                     draw(st.integers(-30, 30)) / 10))
    return _obs(rows)


def arguments():
    return _inputs()
