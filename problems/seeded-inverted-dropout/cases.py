import numpy as np

from judge.grading.authoring import Case, st


def _f(values, shape=None) -> np.ndarray:
    a = np.array(values, dtype=np.float32)
    return a.reshape(shape) if shape is not None else a


def _e(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


# Sample 1 by hand: default_rng(0).random((2, 3)) = [[0.637, 0.270, 0.041], [0.017, 0.813, 0.913]]
# (rounded), so with p = 0.25 keep = [[T, T, F], [F, T, T]] and every survivor is scaled by 4/3.
_X = [[0.75, -1.5, 2], [3, 0.375, -0.75]]
_DY = [[3, 0.75, 1], [-1, 1.5, 6]]
SAMPLES = [
    Case((_f(_X), _f(_DY), 0.25, 0, True),
         expected=(_e([[1, -2, 0], [0, 0.5, -1]]), _e([[4, 1, 0], [0, 2, 8]])),
         note="draws 0.041 and 0.017 are below p = 0.25, so x[0][2] and x[1][0] are dropped; "
              "the rest are multiplied by 1 / 0.75 = 4/3, in the output and in the gradient alike"),
    Case((_f(_X), _f(_DY), 0.25, 0, False),
         expected=(_e(_X), _e(_DY)),
         note="the same inputs at inference time: no mask and no scaling"),
]


def _random(seed: int, shape: tuple, scale: float = 4.0) -> tuple:
    rng = np.random.default_rng(seed)
    x = rng.uniform(-scale, scale, size=shape).astype(np.float32)
    dY = rng.uniform(-scale, scale, size=shape).astype(np.float32)
    return x, dY


def _exact_draw_case() -> tuple:
    """p equals one of the mask's own draws: that activation must be kept (>= p)."""
    seed, shape = 11, (4, 5)
    draws = np.random.default_rng(seed).random(shape)
    p = float(draws[1, 2])
    x = np.full(shape, 1.5, dtype=np.float32)
    dY = np.full(shape, -2.0, dtype=np.float32)
    return x, dY, p, seed, True


def _relu_like(seed: int, shape: tuple) -> tuple:
    """Activations after a ReLU: about half are exact zeros."""
    x, dY = _random(seed, shape)
    return np.maximum(x, 0).astype(np.float32), dY


HIDDEN = [
    Case(_random(1, (3, 4)) + (0.0, 5, True), note="p = 0 in training: every activation kept, no scaling"),
    Case(_random(2, (3, 4)) + (0.0, 5, False), note="p = 0 at inference"),
    Case(_random(3, (6, 7)) + (0.999, 8, True), note="p = 0.999: almost everything dropped, survivors ×1000"),
    Case(_random(4, (6, 7)) + (0.999, 8, False), note="p = 0.999 at inference: still the identity"),
    Case(_random(5, (200, 50)) + (0.999, 21, True), note="p = 0.999 on 10,000 values: a few survivors ×1000"),
    Case(_exact_draw_case(), note="p equal to a draw: that activation is kept"),
    Case(_random(6, (0, 5)) + (0.5, 3, True), note="an empty batch in training"),
    Case(_random(7, (0, 5)) + (0.5, 3, False), note="an empty batch at inference"),
    Case(_random(8, (1,)) + (0.3, 1, True), note="a single activation"),
    Case(_random(9, (1, 1, 1)) + (0.3, 2, True), note="three dimensions, all of size 1"),
    Case((_f([0.1, 0.2, 0.3, 0.7, -0.1, 0.9, 1 / 3, -2 / 3]),
          _f([0.3, -0.7, 0.6, 0.1, 0.2, -0.2, 0.1, 0.4]), 0.1, 12, True),
         note="tenths and thirds, p = 0.1 (1 / 0.9 is not exact)"),
    Case(_random(10, (5, 3, 4)) + (0.5, 2**32 - 1, True), note="three dimensions, the largest seed"),
    Case(_relu_like(11, (16, 32)) + (0.2, 77, True), note="post-ReLU activations with exact zeros"),
    Case(_random(12, (8, 8)) + (0.5, 4, True), note="a square layer, p = 0.5"),
    Case(_random(13, (8, 8)) + (0.5, 4, False), note="a square layer, p = 0.5, inference"),
    Case(_random(14, (1024, 512)) + (0.1, 123456789, True), note="largest, p = 0.1"),
    Case(_random(15, (8, 256, 256)) + (0.5, 2026, True), note="largest, three dimensions"),
    Case(_random(16, (1024, 512)) + (0.9, 99, False), note="largest, inference"),
]


def generate(rng):
    ndim = rng.randint(1, 3)
    shape = tuple(rng.randint(1, 12) for _ in range(ndim))
    p = rng.choice([0.0, 0.1, 0.25, 0.5, 0.8, 0.95, round(rng.uniform(0, 0.999), 6)])
    return _random(rng.randint(0, 10**6), shape) + (p, rng.randint(0, 2**32 - 1), rng.random() < 0.8)


@st.composite
def _small(draw):
    shape = tuple(draw(st.lists(st.integers(0, 4), min_size=1, max_size=3)))
    size = int(np.prod(shape))
    value = st.integers(-16, 16).map(lambda v: v / 4)
    x = _f(draw(st.lists(value, min_size=size, max_size=size)), shape)
    dY = _f(draw(st.lists(value, min_size=size, max_size=size)), shape)
    p = draw(st.sampled_from([0.0, 0.2, 0.25, 0.5, 0.75, 0.9, 0.999]))
    return x, dY, p, draw(st.integers(0, 2**32 - 1)), draw(st.booleans())


def arguments():
    return _small()


def invariant(args, result):
    """The same mask and factor act on the output and on the gradient: out·dY = dx·x
    elementwise; at inference both pass through unchanged."""
    x, dY, p, seed, training = args
    out, dx = (np.asarray(r, dtype=np.float64) for r in result)
    x64, dY64 = np.asarray(x, dtype=np.float64), np.asarray(dY, dtype=np.float64)
    if out.shape != x64.shape or dx.shape != x64.shape:
        return f"shapes {out.shape} and {dx.shape}, expected {x64.shape}"
    if not training and (not np.array_equal(out, x64) or not np.array_equal(dx, dY64)):
        return "at inference dropout must return x and dY unchanged"
    lhs, rhs = out * dY64, dx * x64
    if not np.allclose(lhs, rhs, rtol=1e-4, atol=1e-5):
        return "the output and the gradient do not use the same keep-mask and scale"
    return None
