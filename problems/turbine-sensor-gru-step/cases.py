import math

import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float32)


def _e(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _zeros(d: int, h: int) -> tuple:
    return np.zeros((3, d, h), np.float32), np.zeros((3, h, h), np.float32), \
        np.zeros((3, h), np.float32)


def _sample_two() -> tuple:
    W, U, b = _zeros(1, 2)
    W[0] = [[10, -10]]
    U[2] = [[0, 2], [0, 0]]
    return _f([[1000]]), _f([[0.5, -0.75]]), W, U, b


SAMPLES = [
    Case((_f([[3.0]]), _f([[0.8]]), *_zeros(1, 1)), expected=_e([[0.4]]),
         note="all weights 0: z = r = σ(0) = 0.5 and n = tanh(0) = 0, so h' = 0.5·0.8 = 0.4"),
    Case(_sample_two(), expected=_e([[0.5, math.tanh(0.5)]]),
         note="x·W[0] = [10000, −10000] saturates z to [1, 0]: unit 0 keeps h = 0.5, unit 1 "
              "takes n = tanh(r·(h @ U[2])) = tanh(0.5·(0.5·2)) = tanh(0.5). A sigmoid "
              "written as e^a / (1 + e^a) gives nan here"),
]


def _random(seed: int, B: int, D: int, H: int, x_scale: float = 1.0,
            w_scale: float | None = None) -> tuple:
    rng = np.random.default_rng(seed)
    w_scale = 1.0 / math.sqrt(max(D, H)) if w_scale is None else w_scale
    x = rng.normal(0.0, x_scale, size=(B, D)).clip(-1000, 1000).astype(np.float32)
    h = rng.uniform(-1, 1, size=(B, H)).astype(np.float32)
    W = rng.uniform(-w_scale, w_scale, size=(3, D, H)).astype(np.float32)
    U = rng.uniform(-w_scale, w_scale, size=(3, H, H)).astype(np.float32)
    b = rng.uniform(-w_scale, w_scale, size=(3, H)).astype(np.float32)
    return x, h, W, U, b


def _reset_only(seed: int) -> tuple:
    """Gate 0 and 2 ordinary, the reset gate differs a lot between units."""
    x, h, W, U, b = _random(seed, 4, 3, 5, 1.0, 2.0)
    b[1] = [-8, 8, 0, -3, 3]
    return x, h, W, U, b


def _saturated(seed: int, sign: float) -> tuple:
    """Huge update-gate pre-activations of one sign: z is exactly 0 or 1."""
    x, h, W, U, b = _random(seed, 3, 4, 3, 1.0, 1.0)
    x = _f([[1000, 900, 800, 700]] * 3)
    W[0] = sign * 10
    W[1] = 0
    W[2] = _f(np.random.default_rng(seed).uniform(-0.001, 0.001, size=(4, 3)))
    return x, h, W, U, b


def _huge_all(seed: int) -> tuple:
    """Every gate saturated in both directions: pre-activations in the millions."""
    rng = np.random.default_rng(seed)
    x = rng.choice([-1000.0, 1000.0], size=(5, 64)).astype(np.float32)
    h = rng.choice([-1.0, 1.0, 0.0], size=(5, 8)).astype(np.float32)
    W = rng.choice([-10.0, 10.0], size=(3, 64, 8)).astype(np.float32)
    U = rng.choice([-10.0, 10.0], size=(3, 8, 8)).astype(np.float32)
    b = rng.choice([-10.0, 10.0], size=(3, 8)).astype(np.float32)
    return x, h, W, U, b


def _tenths(seed: int, B: int, D: int, H: int) -> tuple:
    rng = np.random.default_rng(seed)

    def draw(low, high, *shape):
        return (rng.integers(low, high + 1, size=shape) / 10).astype(np.float32)

    return (draw(-30, 30, B, D), draw(-10, 10, B, H), draw(-10, 10, 3, D, H),
            draw(-10, 10, 3, H, H), draw(-10, 10, 3, H))


def _only_bias(seed: int) -> tuple:
    """x and h are zero: z = σ(b[0]), r = σ(b[1]), n = tanh(b[2]), h' = (1 − z)·n."""
    x, h, W, U, b = _random(seed, 2, 3, 4, 1.0, 1.0)
    return np.zeros_like(x), np.zeros_like(h), W, U, _f([[2, -2, 0, 0.1],
                                                        [0, 0, 0, 0],
                                                        [1, -1, 0.5, -0.3]])


def _sigmoid_tanh_probe() -> tuple:
    """z = σ(0) regardless, and n = tanh(−3): tanh and σ differ in sign here."""
    W, U, b = _zeros(1, 1)
    W[2] = [[-3]]
    return _f([[1], [0.5]]), _f([[0.25], [-1]]), W, U, b


def _transpose_probe() -> tuple:
    """Asymmetric recurrent weights with x = 0: h @ U and h @ U.T differ."""
    W, U, b = _zeros(2, 2)
    U[0] = [[0, 4], [-4, 0]]
    U[1] = [[1, 3], [0, -2]]
    U[2] = [[2, 0], [5, 1]]
    return _f([[0, 0], [0, 0]]), _f([[0.5, -0.25], [1, 1]]), W, U, b


HIDDEN = [
    Case((_f([[0.0]]), _f([[0.0]]), *_zeros(1, 1)), note="everything zero: h' = 0"),
    Case(_sigmoid_tanh_probe(), note="n = tanh(−3) < 0; a sigmoid would make it positive"),
    Case(_transpose_probe(), note="asymmetric U with x = 0: a transposed U is caught"),
    Case(_only_bias(1), note="x = h = 0: only the biases act"),
    Case(_saturated(2, 1.0), note="z saturates to exactly 1: h' = h"),
    Case(_saturated(3, -1.0), note="z saturates to exactly 0: h' = n"),
    Case(_huge_all(4), note="every gate saturated, pre-activations near ±10⁵: "
                            "e^a / (1 + e^a) overflows to nan"),
    Case(_reset_only(5), note="the reset gate ranges from about 0 to 1 across units: "
                              "r ⊙ (h @ U[2]) and (r ⊙ h) @ U[2] differ"),
    Case(_random(6, 1, 1, 7, 2.0, 1.5), note="D = 1"),
    Case(_random(7, 6, 9, 1, 2.0, 1.5), note="H = 1"),
    Case(_random(8, 1, 256, 256), note="a single turbine, widest layer"),
    Case(_tenths(9, 8, 5, 6), note="tenths"),
    Case(_random(10, 40, 12, 10, 3.0, 0.8), note="moderate pre-activations"),
    Case(_random(11, 512, 256, 256), note="largest"),
    Case(_random(12, 512, 256, 256, 3.0), note="largest, many saturated gates"),
]


def generate(rng):
    B, D, H = rng.randint(1, 12), rng.randint(1, 10), rng.randint(1, 10)
    seed = rng.randint(0, 10**6)
    pick = rng.random()
    if pick < 0.4:
        return _tenths(seed, B, D, H)
    return _random(seed, B, D, H, rng.choice([0.5, 2.0, 5.0]), rng.choice([0.3, 1.0, 3.0]))


@st.composite
def _small(draw):
    B, D, H = draw(st.integers(1, 3)), draw(st.integers(1, 3)), draw(st.integers(1, 3))

    def array(values, *shape):
        size = int(np.prod(shape))
        return _f(draw(st.lists(values, min_size=size, max_size=size))).reshape(shape)

    weight = st.integers(-40, 40).map(lambda v: v / 4)
    return (array(st.integers(-80, 80).map(lambda v: v / 8), B, D),
            array(st.integers(-8, 8).map(lambda v: v / 8), B, H),
            array(weight, 3, D, H), array(weight, 3, H, H), array(weight, 3, H))


def arguments():
    return _small()


def invariant(args, result):
    """h' has shape (B, H), is finite, and lies between the old state and a value in [−1, 1]."""
    x, h, W, U, b = args
    out = np.asarray(result, dtype=np.float64)
    if out.shape != h.shape:
        return f"h' has shape {out.shape}, expected {h.shape}"
    if not np.all(np.isfinite(out)):
        return "h' must be finite"
    low, high = np.minimum(h, -1.0) - 1e-4, np.maximum(h, 1.0) + 1e-4
    if np.any(out < low) or np.any(out > high):
        return "h' must be a blend of the old state and a candidate in [−1, 1]"
    return None
