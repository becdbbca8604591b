import numpy as np

from judge.grading.authoring import Case, st


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_i([1, 1, 0, 0]), _f([10, 6, 4, 2]), _f([0.5, 0.25, 0.5, 0.75]), 0.1, False),
         expected=7.0,
         note="members: (10/0.5 + 6/0.25)/4 = 44/4 = 11; non-members: (4/0.5 + 2/0.25)/4 = 4; "
              "11 - 4 = 7"),
    Case((_i([1, 1, 0, 0]), _f([10, 6, 4, 2]), _f([0.5, 0.25, 0.5, 0.75]), 0.1, True),
         expected=14 / 3,
         note="the same data, Hájek: 44/(2 + 4) - 16/(2 + 4) = 22/3 - 8/3 = 14/3"),
    Case((_i([1, 0, 1, 0]), _f([3, 1, 5, 2]), _f([0.0, 0.5, 1.0, 1.0]), 0.2, False),
         expected=2.3125,
         note="scores clip to 0.2, 0.5, 0.8, 0.8: (3/0.2 + 5/0.8)/4 - (1/0.5 + 2/0.2)/4 "
              "= 5.3125 - 3 = 2.3125"),
]


def _study(seed: int, n: int, effect: float, strength: float, extreme: float = 0.0) -> tuple:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=n)
    e = 1.0 / (1.0 + np.exp(-strength * x))
    if extreme:
        pick = rng.random(n) < extreme
        e[pick] = rng.choice([0.0, 1.0, 0.001, 0.999], size=int(pick.sum()))
    t = (rng.random(n) < np.clip(e, 0.02, 0.98)).astype(np.int64)
    t[0], t[1] = 1, 0
    y = 50.0 + 20.0 * x + effect * t + 5.0 * rng.normal(size=n)
    return t, np.round(y, 2), np.round(e, 4)


HIDDEN = [
    Case((_i([1, 0]), _f([5.0, 3.0]), _f([0.5, 0.5]), 0.5, False),
         note="two customers, clip 0.5 sets every score to 0.5"),
    Case((_i([1, 0]), _f([5.0, 3.0]), _f([0.5, 0.5]), 0.5, True), note="the same, Hájek"),
    Case((_i([1, 1, 0, 0, 0]), _f([4, 8, 1, 2, 9]), _f([0.9, 0.05, 0.3, 0.99, 0.2]), 0.5, True),
         note="clip 0.5 with Hájek: the plain difference of means"),
    Case((_i([1, 0, 1, 0, 1]), _f([2, 7, 3, 1, 6]), _f([0.0, 0.0, 1.0, 1.0, 0.5]), 0.05, False),
         note="scores 0 and 1 in both groups"),
    Case((_i([1, 0, 1, 0, 1]), _f([2, 7, 3, 1, 6]), _f([0.0, 0.0, 1.0, 1.0, 0.5]), 0.05, True),
         note="scores 0 and 1 in both groups, Hájek"),
    Case((_i([1, 1, 0, 0]), _f([3, 9, 4, 6]), _f([0.97, 0.95, 0.99, 0.96]), 0.05, False),
         note="only high scores: the upper clip 0.95 matters, the lower one never does"),
    Case((_i([1, 1, 0, 0]), _f([3, 9, 4, 6]), _f([0.02, 0.05, 0.01, 0.3]), 0.05, True),
         note="only low scores: the lower clip 0.05 matters"),
    Case((_i([1, 0, 1, 0]), _f([1.5, 2.5, 3.5, 0.5]), _f([0.1, 0.9, 0.1, 0.9]), 0.1, False),
         note="scores exactly at clip and 1 - clip are kept"),
    Case((_i([1, 0, 0, 0, 1, 0]), _f([0.1, 0.2, 0.3, 0.1, 0.7, 0.3]),
          _f([0.3, 0.6, 0.7, 0.2, 0.1, 0.4]), 0.01, False), note="tenths"),
    Case((_i([1, 0, 0, 0, 1, 0]), _f([0.1, 0.2, 0.3, 0.1, 0.7, 0.3]),
          _f([0.3, 0.6, 0.7, 0.2, 0.1, 0.4]), 0.01, True), note="tenths, Hájek"),
    Case((_i([0, 0, 0, 1]), _f([-1e4, 1e4, 5e3, -1e4]), _f([0.6, 0.3, 0.25, 0.125]), 0.1, False),
         note="one member, extreme outcomes"),
    Case((_i([1, 0, 1, 1]), _f([1e-7, 3e-7, 2e-7, 0.0]), _f([0.4, 0.7, 0.2, 0.5]), 0.1, True),
         note="tiny outcomes: no epsilon may be added"),
    Case((_i([1, 0, 1, 0]), _f([7, 7, 7, 7]), _f([0.2, 0.6, 0.8, 0.3]), 0.1, True),
         note="constant outcome: Hájek gives exactly 0"),
    Case(_study(1, 200, 3.0, 1.0) + (0.01, False), note="a small confounded study, HT"),
    Case(_study(2, 200, 3.0, 1.0) + (0.01, True), note="a small confounded study, Hájek"),
    Case(_study(3, 5000, -4.0, 2.5, extreme=0.05) + (0.05, False),
         note="strong confounding and extreme scores, HT"),
    Case(_study(4, 5000, -4.0, 2.5, extreme=0.05) + (0.05, True),
         note="strong confounding and extreme scores, Hájek"),
    Case(_study(5, 200_000, 1.5, 1.5, extreme=0.01) + (0.02, False), note="largest, HT"),
    Case(_study(6, 200_000, 1.5, 1.5, extreme=0.01) + (0.02, True), note="largest, Hájek"),
]


def generate(rng):
    return _study(rng.randrange(10**9), rng.randint(2, 400), rng.uniform(-5, 5),
                  rng.uniform(0, 3), extreme=rng.choice([0.0, 0.1])) + (
        rng.choice([0.01, 0.05, 0.1, 0.25]), rng.random() < 0.5)


@st.composite
def _inputs(draw):
    n = draw(st.integers(2, 8))
    t = draw(st.lists(st.integers(0, 1), min_size=n - 2, max_size=n - 2)) + [1, 0]
    y = draw(st.lists(st.integers(-50, 50).map(lambda v: v / 10), min_size=n, max_size=n))
    e = draw(st.lists(st.integers(0, 20).map(lambda v: v / 20), min_size=n, max_size=n))
    clip = draw(st.sampled_from([0.05, 0.1, 0.2, 0.3, 0.5]))
    return _i(t), _f(y), _f(e), clip, draw(st.booleans())


def arguments():
    return _inputs()
