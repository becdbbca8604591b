import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float32)


def _e(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _gs(rows) -> list:
    return [_f(r) for r in rows]


# Sample 1 by hand (lr 0.1, mu 0.9, no decay):
# v1 = [0.5, 1], w1 = [1 - 0.05, -2 - 0.1] = [0.95, -2.1];
# v2 = 0.9·[0.5, 1] + [0.5, -1] = [0.95, -0.1], w2 = [0.95 - 0.095, -2.1 + 0.01] = [0.855, -2.09].
# Sample 2 by hand (lr 0.1, mu 0.5, decay 0.1):
# g1 = 0 + 0.1·2 = 0.2, v1 = 0.2, w1 = 1.98; g2 = 0.198, v2 = 0.1 + 0.198 = 0.298,
# w2 = 1.9502; g3 = 1 + 0.19502 = 1.19502, v3 = 0.149 + 1.19502 = 1.34402, w3 = 1.815798.
SAMPLES = [
    Case((_f([1.0, -2.0]), _gs([[0.5, 1.0], [0.5, -1.0]]), 0.1, 0.9, 0.0),
         expected=_e([[0.95, -2.1], [0.855, -2.09]]),
         note="the second step still moves the second weight down a little: v = 0.9·1 − 1 = −0.1"),
    Case((_f([2.0]), _gs([[0.0], [0.0], [1.0]]), 0.1, 0.5, 0.1),
         expected=_e([[1.98], [1.9502], [1.815798]]),
         note="zero gradients still move w: the decay 0.1·w joins g before the momentum"),
]


def _random(seed: int, T: int, d: int, lr: float, mu: float, wd: float,
            scale: float = 10.0) -> tuple:
    rng = np.random.default_rng(seed)
    w0 = rng.uniform(-scale, scale, d).astype(np.float32)
    grads = [rng.uniform(-scale, scale, d).astype(np.float32) for _ in range(T)]
    return w0, grads, lr, mu, wd


def _drift(seed: int, T: int, d: int, lr: float, mu: float, wd: float) -> tuple:
    """A steady gradient with noise: the velocity builds up towards g / (1 - mu)."""
    rng = np.random.default_rng(seed)
    w0 = rng.normal(0, 1, d).astype(np.float32)
    base = rng.uniform(-3, 3, d)
    grads = [np.clip(base + rng.normal(0, 1, d), -10, 10).astype(np.float32) for _ in range(T)]
    return w0, grads, lr, mu, wd


HIDDEN = [
    Case((_f([1.5, -0.5, 3.0]), [], 0.05, 0.9, 0.01), note="no steps: shape (0, 3)"),
    Case((_f([4.0]), _gs([[2.0]]), 0.1, 0.9, 0.1),
         note="one step: mu does not matter yet, w1 = 4 - 0.1·(2 + 0.4)"),
    Case((_f([0.3, -0.7]), _gs([[0.1, 0.2], [-0.3, 0.7], [0.9, -0.1]]), 0.1, 0.0, 0.0),
         note="mu = 0: plain SGD, tenths"),
    Case((_f([1.0, 2.0]), _gs([[1.0, -1.0]] * 6), 0.1, 0.5, 0.0),
         note="a constant gradient: the velocity grows towards 2·g"),
    Case((_f([5.0, -5.0]), _gs([[0.0, 0.0]] * 8), 0.1, 0.9, 0.1),
         note="zero gradients, decay only: the decay is carried by the momentum"),
    Case((_f([0.1, -0.1, 0.7]), _gs([[0.3, 0.1, -0.2], [0.7, -0.3, 0.1], [-0.1, 0.9, 0.3],
                                     [0.2, 0.2, -0.7]]), 0.03, 0.7, 0.05),
         note="momentum and decay together, tenths"),
    Case((_f([10.0, -10.0]), _gs([[10.0, -10.0], [-10.0, 10.0]] * 10), 0.1, 0.99, 0.1),
         note="the extremes: alternating gradients of ±10, mu 0.99, decay 0.1"),
    Case((_f([2.0, -1.0]), _gs([[0.5, 0.5], [1.0, -1.0], [0.25, 0.0]]), 0.1, 0.1, 0.0),
         note="lr equals mu: swapping them cannot be seen here, only elsewhere"),
    Case(_random(1, 1, 1, 0.1, 0.9, 0.0), note="d = 1, one step"),
    Case(_random(2, 40, 7, 0.02, 0.9, 0.001), note="random"),
    Case(_drift(3, 500, 2000, 0.01, 0.99, 0.0), note="largest, mu 0.99, steady drift"),
    Case(_random(4, 500, 2000, 0.1, 0.9, 0.1), note="largest, lr 0.1, decay 0.1"),
    Case(_drift(5, 300, 1500, 0.05, 0.5, 0.05), note="large, drift with decay"),
]


def generate(rng):
    T = rng.randint(0, 30)
    d = rng.randint(1, 20)
    lr = rng.choice([0.1, 0.05, 0.01, rng.uniform(1e-3, 0.1)])
    mu = rng.choice([0.0, 0.5, 0.9, 0.99, rng.uniform(0.0, 0.99)])
    wd = rng.choice([0.0, 0.1, 1e-3, rng.uniform(0.0, 0.1)])
    maker = _random if rng.random() < 0.5 else _drift
    return maker(rng.randint(0, 10**6), T, d, lr, mu, wd)


@st.composite
def _small(draw):
    d = draw(st.integers(1, 4))
    T = draw(st.integers(0, 6))
    value = st.integers(-40, 40).map(lambda v: v / 4)
    w0 = _f(draw(st.lists(value, min_size=d, max_size=d)))
    grads = [_f(draw(st.lists(value, min_size=d, max_size=d))) for _ in range(T)]
    lr = draw(st.sampled_from([0.1, 0.05, 0.01]))
    mu = draw(st.sampled_from([0.0, 0.5, 0.9, 0.99]))
    wd = draw(st.sampled_from([0.0, 0.01, 0.1]))
    return w0, grads, lr, mu, wd


def arguments():
    return _small()


def invariant(args, result):
    """One row per step, one column per parameter."""
    w0, grads, lr, mu, wd = args
    rows = np.asarray(result, dtype=np.float64)
    if rows.shape != (len(grads), w0.shape[0]):
        return f"expected shape {(len(grads), w0.shape[0])}, got {rows.shape}"
    return None
