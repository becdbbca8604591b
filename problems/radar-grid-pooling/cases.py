import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float32)


def _e(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_f([[[[1, -2, 3], [4, 5, -6], [-7, 8, 9]]]]), 2, 1, 0),
         expected=(_e([[[[5, 5], [8, 9]]]]), _e([[[[2, 0], [2.5, 4]]]])),
         note="no padding: four 2×2 windows; the top-left average is (1 − 2 + 4 + 5) / 4 = 2"),
    Case((_f([[[[-1, -2, -3], [-4, -5, -6], [-7, -8, -9]]]]), 2, 2, 1),
         expected=(_e([[[[-1, -2], [-4, -5]]]]), _e([[[[-1, -2.5], [-5.5, -7]]]])),
         note="padding 1, H_out = floor((3 + 2 − 2) / 2) + 1 = 2. The top-left window holds one "
              "real cell (−1): padded cells are ignored by the max and not counted by the "
              "average; the top-right window averages −2 and −3 to −2.5"),
]


def _random(seed: int, n: int, c: int, h: int, w: int, kernel: int, stride: int, padding: int,
            low: float = -100.0, high: float = 100.0) -> tuple:
    rng = np.random.default_rng(seed)
    x = rng.uniform(low, high, size=(n, c, h, w)).astype(np.float32)
    return x, kernel, stride, padding


def _tenths(seed: int, n: int, c: int, h: int, w: int, kernel: int, stride: int,
            padding: int) -> tuple:
    rng = np.random.default_rng(seed)
    x = (rng.integers(-50, 51, size=(n, c, h, w)) / 10).astype(np.float32)
    return x, kernel, stride, padding


HIDDEN = [
    Case((_f([[[[-3.5]]]]), 1, 1, 0), note="a 1×1 grid, 1×1 window"),
    Case((_f([[[[-2.5]]]]), 3, 1, 1), note="a 1×1 grid padded to 3×3: one real cell, negative"),
    Case((_f([[[[-4, -1], [-2, -8]]]]), 3, 1, 1),
         note="all negative, padding 1: every window holds the whole grid"),
    Case((_f(-np.arange(1, 26).reshape(1, 1, 5, 5)), 3, 2, 1),
         note="all negative with padding: border windows must not see a padded 0"),
    Case((_f(-np.arange(1, 50).reshape(1, 1, 7, 7) / 10), 4, 1, 2),
         note="all-negative tenths, kernel 4 with padding 2"),
    Case((_f(np.arange(1, 43).reshape(1, 1, 7, 6)), 3, 2, 1),
         note="the statement's worked shape (1, 1, 4, 3): the last padded column is never used"),
    Case((_f(np.arange(36).reshape(1, 1, 6, 6) % 7), 2, 3, 0),
         note="stride larger than the window: some cells are skipped"),
    Case((_f([[[[1, 2, 3, 4, 5]]]]), 1, 2, 0), note="a single row, 1×1 window, stride 2"),
    Case((_f([[[[7, 1, 9], [2, 2, 2]]], [[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]]]), 2, 1, 1),
         note="two grids, padding 1 with kernel 2: corner windows hold one real cell"),
    Case((_f(np.full((1, 2, 4, 4), 0.1)), 3, 1, 1), note="constant tenths: every average is 0.1"),
    Case(_random(1, 1, 1, 6, 9, 5, 1, 2), note="kernel 5 with padding 2"),
    Case(_random(2, 2, 3, 9, 6, 4, 3, 2), note="kernel 4, stride 3, padding 2"),
    Case(_random(3, 2, 2, 8, 7, 3, 2, 0), note="(8 − 3) % 2 = 1: the floor drops the last window"),
    Case(_random(4, 1, 2, 7, 7, 7, 1, 3), note="a 7×7 window with padding 3"),
    Case(_random(5, 1, 1, 2, 3, 7, 4, 3), note="the window is larger than the grid"),
    Case(_random(6, 2, 3, 10, 11, 3, 3, 1, -100.0, -50.0), note="all negative, stride 3"),
    Case(_tenths(7, 2, 3, 10, 11, 3, 1, 1), note="tenths, a 'same' 3×3 pooling"),
    Case(_random(8, 8, 16, 64, 64, 2, 2, 0), note="largest, 2×2 stride 2"),
    Case(_random(9, 8, 16, 64, 64, 7, 1, 3), note="largest, 7×7 stride 1 padding 3"),
    Case(_random(10, 8, 16, 63, 61, 5, 4, 2, -100.0, -1.0),
         note="large, all negative, stride 4, odd sizes"),
]


def generate(rng):
    h, w = rng.randint(1, 14), rng.randint(1, 14)
    kernel = rng.randint(1, 7)
    padding = rng.randint(0, kernel // 2)
    while kernel > min(h, w) + 2 * padding:
        kernel = rng.randint(1, 7)
        padding = rng.randint(0, kernel // 2)
    args = (rng.randint(0, 10**6), rng.randint(1, 3), rng.randint(1, 4), h, w, kernel,
            rng.randint(1, 4), padding)
    pick = rng.random()
    if pick < 0.4:
        return _tenths(*args)
    if pick < 0.7:
        return _random(*args, -100.0, -0.5)
    return _random(*args)


@st.composite
def _small(draw):
    h, w = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    kernel = draw(st.integers(1, min(7, min(h, w) + 2 * 3)))
    padding = draw(st.integers(0, kernel // 2))
    if kernel > min(h, w) + 2 * padding:
        padding = kernel // 2
        kernel = min(kernel, min(h, w) + 2 * padding)
    n, c = draw(st.integers(1, 2)), draw(st.integers(1, 2))
    stride = draw(st.integers(1, 4))
    value = st.integers(-40, 40).map(lambda v: v / 4)
    size = n * c * h * w
    x = _f(draw(st.lists(value, min_size=size, max_size=size))).reshape(n, c, h, w)
    return x, kernel, stride, padding


def arguments():
    return _small()


def invariant(args, result):
    """Both outputs follow the size formula, and no average exceeds the window's maximum."""
    x, kernel, stride, padding = args
    max_out, avg_out = (np.asarray(r, dtype=np.float64) for r in result)
    n, c, h, w = x.shape
    shape = (n, c, (h + 2 * padding - kernel) // stride + 1,
             (w + 2 * padding - kernel) // stride + 1)
    for name, out in (("max_out", max_out), ("avg_out", avg_out)):
        if out.shape != shape:
            return f"{name} has shape {out.shape}, the formula gives {shape}"
    if np.any(avg_out > max_out + 1e-4):
        return "an average is larger than the maximum of the same window"
    if np.any(max_out < x.min() - 1e-4) or np.any(max_out > x.max() + 1e-4):
        return "a maximum lies outside the range of the input values"
    return None
