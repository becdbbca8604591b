import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float32)


def _e(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _gs(rows) -> list:
    return [_f(r) for r in rows]


# Sample 1 by hand (one step, t = 1): m = 0.1·g, v = 0.001·g², m_hat = g, v_hat = g², so the
# step is lr·g / (|g| + eps): 0.01·2 / (2 + 1e-8) = 0.0099999999500 for the first weight,
# 0.01·0.001 / (0.001 + 1e-8) = 0.0099999000010 for the second (eps is 1% of |g| there),
# and 0 for a zero gradient.
# Sample 2 by hand (beta1 0.5, beta2 0.75, decay 0.1, eps 1e-8):
# t = 1: m = 0.5, v = 0.25, m_hat = v_hat = 1, w = 2 - 0.01·(1/(1 + 1e-8) + 0.2) = 1.9880000001;
# t = 2: m = 0.25 - 0.5 = -0.25, v = 0.1875 + 0.25 = 0.4375, m_hat = -0.25/0.75 = -1/3,
# v_hat = 0.4375/0.4375 = 1, w = 1.9880000001 - 0.01·(-1/3 + 0.19880000001) = 1.9893453334.
SAMPLES = [
    Case((_f([1.0, -1.0, 0.5]), _gs([[2.0, -0.001, 0.0]]), 0.01, 0.9, 0.999, 1e-8, 0.0),
         expected=(_e([0.99000000005, -0.990000099999, 0.5]), _e([0.2, -0.0001, 0.0]),
                   _e([0.004, 1e-9, 0.0])),
         note="after bias correction the first step is about lr·sign(g), whatever the size of g"),
    Case((_f([2.0]), _gs([[1.0], [-1.0]]), 0.01, 0.5, 0.75, 1e-8, 0.1),
         expected=(_e([1.9893453334]), _e([-0.25]), _e([0.4375])),
         note="the decay 0.1·w acts on w directly; m and v only see the gradients"),
]


def _random(seed: int, T: int, d: int, lr: float, b1: float, b2: float, eps: float, wd: float,
            scale: float = 10.0) -> tuple:
    rng = np.random.default_rng(seed)
    w0 = rng.uniform(-10, 10, d).astype(np.float32)
    grads = [rng.uniform(-scale, scale, d).astype(np.float32) for _ in range(T)]
    return w0, grads, lr, b1, b2, eps, wd


def _mixed(seed: int, T: int, d: int, lr: float, b1: float, b2: float, eps: float,
           wd: float) -> tuple:
    """Gradients over many magnitudes (1e-8 .. 10) with exact zeros, steady signs."""
    rng = np.random.default_rng(seed)
    w0 = rng.normal(0, 2, d).astype(np.float32)
    scale = 10.0 ** rng.integers(-8, 2, d)
    sign = rng.choice([-1.0, 1.0], d)
    grads = []
    for _ in range(T):
        g = sign * scale * rng.uniform(0.1, 1.0, d)
        g[np.abs(g) < 1e-8] = 1e-8
        g[rng.random(d) < 0.1] = 0.0
        grads.append(np.clip(g, -10, 10).astype(np.float32))
    return w0, grads, lr, b1, b2, eps, wd


HIDDEN = [
    Case((_f([1.5, -2.5]), [], 0.01, 0.9, 0.999, 1e-8, 0.1),
         note="no steps: w0 back, zero moments"),
    Case((_f([3.0]), _gs([[5.0]]), 0.01, 0.9, 0.999, 1e-8, 0.0), note="one step"),
    Case((_f([0.5, -0.5, 1.0]), _gs([[1e-6, -1e-7, 1e-8]] * 3), 0.01, 0.9, 0.999, 1e-8, 0.0),
         note="tiny gradients, comparable to eps: eps must sit outside the sqrt"),
    Case((_f([1.0, 2.0]), _gs([[3e-8, -2e-8]] * 20), 0.01, 0.9, 0.9999, 1e-12, 0.0),
         note="tiny gradients, tiny eps, beta2 0.9999"),
    Case((_f([0.3, -0.7, 0.1]), _gs([[0.1, 0.2, -0.3], [0.7, -0.1, 0.9]] * 25), 0.01, 0.9,
          0.999, 1e-3, 0.0),
         note="eps 1e-3 with gradients near 1: sqrt(v_hat + eps) differs from sqrt(v_hat) + eps"),
    Case((_f([4.0, -4.0]), _gs([[0.0, 0.0]] * 10), 0.01, 0.9, 0.999, 1e-8, 0.1),
         note="zero gradients, decay only: w shrinks by (1 - 0.001) per step"),
    Case((_f([1.0, -1.0, 2.0]), _gs([[0.5, -2.0, 0.1], [0.25, 1.0, -0.3], [-0.75, 0.5, 0.2]]),
          0.005, 0.0, 0.9, 1e-8, 0.0),
         note="beta1 = 0: m is the last gradient"),
    Case((_f([1.0, -1.0]), _gs([[1.0, -3.0], [-2.0, 1.0], [0.5, 0.5], [4.0, -0.25]]), 0.01, 0.99,
          0.5, 1e-8, 0.05),
         note="beta1 0.99 (large first-moment correction), beta2 0.5"),
    Case((_f([10.0, -10.0]), _gs([[10.0, -10.0], [-10.0, 10.0]] * 30), 0.01, 0.9, 0.999, 1e-8,
          0.1),
         note="the extremes: ±10 alternating, decay 0.1"),
    Case(_random(1, 1, 1, 0.01, 0.9, 0.999, 1e-8, 0.0), note="d = 1"),
    Case(_mixed(2, 60, 40, 0.01, 0.9, 0.999, 1e-8, 0.01), note="mixed magnitudes and zeros"),
    Case(_mixed(3, 200, 30, 0.001, 0.9, 0.9999, 1e-6, 0.0),
         note="mixed magnitudes, eps 1e-6, beta2 0.9999"),
    Case(_random(4, 500, 2000, 0.01, 0.9, 0.9999, 1e-8, 0.1), note="largest, uniform gradients"),
    Case(_mixed(5, 500, 2000, 0.001, 0.95, 0.999, 1e-8, 0.01), note="largest, mixed magnitudes"),
]


def generate(rng):
    T = rng.randint(0, 40)
    d = rng.randint(1, 20)
    lr = rng.choice([0.01, 0.001, rng.uniform(1e-4, 0.01)])
    b1 = rng.choice([0.0, 0.5, 0.9, 0.99, rng.uniform(0.0, 0.99)])
    b2 = rng.choice([0.5, 0.9, 0.999, 0.9999, rng.uniform(0.5, 0.9999)])
    eps = rng.choice([1e-12, 1e-8, 1e-6, 1e-3])
    wd = rng.choice([0.0, 0.01, 0.1])
    maker = _random if rng.random() < 0.4 else _mixed
    return maker(rng.randint(0, 10**6), T, d, lr, b1, b2, eps, wd)


@st.composite
def _small(draw):
    d = draw(st.integers(1, 4))
    T = draw(st.integers(0, 6))
    value = st.one_of(st.integers(-40, 40).map(lambda v: v / 4),
                      st.sampled_from([1e-8, -1e-8, 3e-7, -5e-6, 1e-4]))
    w0 = _f(draw(st.lists(st.integers(-40, 40).map(lambda v: v / 4), min_size=d, max_size=d)))
    grads = [_f(draw(st.lists(value, min_size=d, max_size=d))) for _ in range(T)]
    lr = draw(st.sampled_from([0.01, 0.001]))
    b1 = draw(st.sampled_from([0.0, 0.5, 0.9, 0.99]))
    b2 = draw(st.sampled_from([0.5, 0.9, 0.999, 0.9999]))
    eps = draw(st.sampled_from([1e-12, 1e-8, 1e-6, 1e-3]))
    wd = draw(st.sampled_from([0.0, 0.01, 0.1]))
    return w0, grads, lr, b1, b2, eps, wd


def arguments():
    return _small()


def invariant(args, result):
    """Shapes (d,), and the second moment is never negative."""
    w0 = args[0]
    if len(result) != 3:
        return f"expected a tuple of 3 arrays, got {len(result)} items"
    for name, array in zip("wmv", result):
        if np.shape(array) != w0.shape:
            return f"{name} has shape {np.shape(array)}, expected {w0.shape}"
    if (np.asarray(result[2], dtype=float) < 0).any():
        return "v has a negative entry"
    return None
