import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float32)


def _e(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


_GRID = _f(np.arange(1, 17).reshape(1, 1, 4, 4))

SAMPLES = [
    Case((_f(np.arange(1, 10).reshape(1, 1, 3, 3)), _f([[[[1, 2], [0, -1]]]]), _f([0.5]), 1, 0),
         expected=_e([[[[0.5, 2.5], [6.5, 8.5]]]]),
         note="out[i, j] = x[i, j] + 2·x[i, j+1] − x[i+1, j+1] + 0.5, not flipped; "
              "H_out = (3 − 2) // 1 + 1 = 2"),
    Case((_GRID, _f([[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]], [[[0, 0, 0], [0, 1, 0], [0, 0, 0]]]]),
          _f([0, 1]), 2, 1),
         expected=_e([[[[14, 30], [57, 99]], [[2, 4], [10, 12]]]]),
         note="x holds 1 … 16 row by row; H_out = (4 + 2·1 − 3) // 2 + 1 = 2. Channel 0 sums "
              "each 3×3 window of the padded grid (14 = 1 + 2 + 5 + 6 at the top-left corner), "
              "channel 1 picks x[2i, 2j] and adds 1"),
]


def _random(seed: int, n: int, c_in: int, c_out: int, h: int, w: int, kh: int, kw: int,
            stride: int, padding: int, scale: float = 4.0) -> tuple:
    rng = np.random.default_rng(seed)
    x = rng.uniform(-scale, scale, size=(n, c_in, h, w)).astype(np.float32)
    weight = rng.uniform(-scale, scale, size=(c_out, c_in, kh, kw)).astype(np.float32)
    bias = rng.uniform(-scale, scale, size=c_out).astype(np.float32)
    return x, weight, bias, stride, padding


def _tenths(seed: int, n: int, c_in: int, c_out: int, h: int, w: int, kh: int, kw: int,
            stride: int, padding: int) -> tuple:
    rng = np.random.default_rng(seed)

    def draw(*shape):
        return (rng.integers(-40, 41, size=shape) / 10).astype(np.float32)

    return draw(n, c_in, h, w), draw(c_out, c_in, kh, kw), draw(c_out), stride, padding


HIDDEN = [
    Case((_f([[[[2.5]]]]), _f([[[[-2]]]]), _f([1]), 1, 0), note="1×1 image, 1×1 filter"),
    Case((_f([[[[3]]]]), _f([[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]]), _f([0]), 1, 1),
         note="a 1×1 image padded to 3×3: only the filter's centre touches the pixel"),
    Case((_f([[[[1, 2], [3, 4]]]]), _f([[[[1]]]]), _f([0.5]), 1, 3),
         note="a 1×1 filter with padding 3: the border is the bias alone"),
    Case((_f([[[[1, 2, 3], [4, 5, 6]]]]), _f([[[[1, -1, 2], [0, 3, -2]]]]), _f([0]), 1, 0),
         note="the filter covers the whole image: a 1×1 output"),
    Case((_f(np.arange(35).reshape(1, 1, 7, 5)), _f(np.arange(24).reshape(4, 1, 3, 2) - 11),
          _f([0, 1, -1, 2]), 2, 0),
         note="the statement's second worked shape: (1, 4, 3, 2), the last column never used"),
    Case((_f(np.arange(36).reshape(1, 1, 6, 6) % 7), _f([[[[1, -1], [2, 0]]]]), _f([0]), 3, 1),
         note="stride 3 with a 2×2 filter: some pixels are skipped"),
    Case(_random(1, 1, 1, 1, 5, 5, 3, 3, 4, 2), note="stride 4, padding 2"),
    Case(_random(2, 2, 3, 2, 6, 9, 2, 4, 1, 0), note="non-square image and filter"),
    Case(_random(3, 2, 2, 3, 9, 6, 4, 2, 2, 1), note="taller than wide, stride 2"),
    Case(_random(4, 3, 2, 2, 8, 7, 3, 5, 2, 3), note="(8 + 6 − 3) % 2 = 1: the floor drops "
                                                     "the last position"),
    Case(_tenths(5, 2, 3, 4, 10, 11, 3, 3, 1, 1), note="tenths, a 'same' convolution"),
    Case(_random(6, 2, 2, 2, 7, 7, 7, 7, 1, 3), note="a 7×7 filter with padding 3"),
    Case(_random(7, 1, 1, 1, 2, 3, 7, 7, 2, 3), note="the filter is larger than the image"),
    Case(_random(8, 16, 32, 32, 48, 48, 3, 3, 1, 1), note="largest, 3×3 'same' convolution"),
    Case(_random(9, 16, 32, 32, 48, 48, 7, 7, 2, 3), note="largest, 7×7 filter, stride 2"),
    Case(_random(10, 16, 32, 32, 47, 45, 5, 6, 4, 2), note="large, stride 4, odd sizes"),
]


def generate(rng):
    h, w = rng.randint(1, 12), rng.randint(1, 12)
    padding = rng.randint(0, 3)
    kh = rng.randint(1, min(7, h + 2 * padding))
    kw = rng.randint(1, min(7, w + 2 * padding))
    args = (rng.randint(0, 10**6), rng.randint(1, 3), rng.randint(1, 4), rng.randint(1, 4), h,
            w, kh, kw, rng.randint(1, 4), padding)
    return _tenths(*args) if rng.random() < 0.5 else _random(*args)


@st.composite
def _small(draw):
    h, w = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    padding = draw(st.integers(0, 3))
    kh = draw(st.integers(1, min(7, h + 2 * padding)))
    kw = draw(st.integers(1, min(7, w + 2 * padding)))
    n, c_in, c_out = draw(st.integers(1, 2)), draw(st.integers(1, 2)), draw(st.integers(1, 2))
    stride = draw(st.integers(1, 4))
    value = st.integers(-16, 16).map(lambda v: v / 4)

    def array(*shape):
        size = int(np.prod(shape))
        return _f(draw(st.lists(value, min_size=size, max_size=size))).reshape(shape)

    return array(n, c_in, h, w), array(c_out, c_in, kh, kw), array(c_out), stride, padding


def arguments():
    return _small()


def invariant(args, result):
    """The output shape follows the size formula."""
    x, weight, bias, stride, padding = args
    out = np.asarray(result, dtype=np.float64)
    n, _, h, w = x.shape
    c_out, _, kh, kw = weight.shape
    shape = (n, c_out, (h + 2 * padding - kh) // stride + 1, (w + 2 * padding - kw) // stride + 1)
    if out.shape != shape:
        return f"the output has shape {out.shape}, the formula gives {shape}"
    return None
