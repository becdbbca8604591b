import numpy as np

from judge.grading.authoring import Case, st


def _f(values, shape=None) -> np.ndarray:
    a = np.array(values, dtype=np.float32)
    return a.reshape(shape) if shape is not None else a


def _e(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_f([[[1, 2, 3, 4], [5, 6, 7, 8]]]),
          _f([[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]]), 2),
         expected=(_e([[[[1, 2], [5, 6]], [[3, 4], [7, 8]]]]),
                   _e([[[1, 2, 5, 6], [3, 4, 7, 8]]])),
         note="head 0 takes features 0–1 of both tokens ([1, 2] and [5, 6]), head 1 features "
              "2–3; merging puts head 0's [1, 2] and head 1's [5, 6] side by side for token 0"),
    Case((_f([[[0.5, 1, 1.5, 2, 2.5, 3]], [[-1, -2, -3, -4, -5, -6]]]),
          _f([[[[1, 0]], [[0, 1]], [[2, 2]]], [[[3, 4]], [[5, 6]], [[7, 8]]]]), 3),
         expected=(_e([[[[0.5, 1]], [[1.5, 2]], [[2.5, 3]]], [[[-1, -2]], [[-3, -4]], [[-5, -6]]]]),
                   _e([[[1, 0, 0, 1, 2, 2]], [[3, 4, 5, 6, 7, 8]]])),
         note="two sequences of one token, three heads of width 2"),
]


def _random(seed: int, B: int, T: int, D: int, heads: int, integers: bool = False) -> tuple:
    rng = np.random.default_rng(seed)
    d = D // heads
    if integers:
        # every value distinct, so any misplaced element shows
        x = rng.permutation(B * T * D).reshape(B, T, D).astype(np.float32)
        y = rng.permutation(B * T * D).reshape(B, heads, T, d).astype(np.float32)
    else:
        x = rng.normal(0, 1, size=(B, T, D)).astype(np.float32)
        y = rng.normal(0, 1, size=(B, heads, T, d)).astype(np.float32)
    return x, y, heads


HIDDEN = [
    Case(_random(1, 0, 4, 8, 2), note="B = 0: empty results"),
    Case(_random(2, 3, 0, 8, 4), note="T = 0: empty results"),
    Case(_random(3, 2, 3, 6, 1, True), note="one head: d = D"),
    Case(_random(4, 2, 3, 6, 6, True), note="d = 1: every feature its own head"),
    Case(_random(5, 1, 1, 1, 1, True), note="every dimension 1"),
    Case(_random(6, 1, 5, 6, 2, True), note="one sequence, heads = 2, d = 3"),
    Case(_random(7, 4, 1, 12, 3, True), note="T = 1: a plain reshape happens to work here, interleaving does not"),
    Case(_random(8, 2, 4, 12, 3, True), note="heads = 3, d = 4, T = 4: distinct values"),
    Case(_random(9, 3, 5, 12, 4, True), note="T = 5 differs from heads = 4 and d = 3"),
    Case(_random(10, 2, 3, 4, 2), note="random normal values"),
    Case(_random(11, 8, 128, 256, 8), note="largest, 8 heads of width 32"),
    Case(_random(12, 1, 256, 1024, 16, True), note="largest D = 1024, 16 heads"),
    Case(_random(13, 256, 1, 1024, 1024), note="largest number of heads, d = 1"),
]


def generate(rng):
    heads = rng.randint(1, 8)
    d = rng.randint(1, 8)
    return _random(rng.randint(0, 10**6), rng.randint(1, 6), rng.randint(1, 9), heads * d, heads,
                   rng.random() < 0.5)


@st.composite
def _small(draw):
    B, T = draw(st.integers(0, 3)), draw(st.integers(0, 4))
    heads, d = draw(st.integers(1, 4)), draw(st.integers(1, 3))
    D = heads * d
    value = st.integers(-64, 64).map(lambda v: v / 8)
    x = _f(draw(st.lists(value, min_size=B * T * D, max_size=B * T * D)), (B, T, D))
    y = _f(draw(st.lists(value, min_size=B * T * D, max_size=B * T * D)), (B, heads, T, d))
    return x, y, heads


def arguments():
    return _small()


def invariant(args, result):
    """Head h of the split is the h-th block of d consecutive features, and the same block of
    the merge is head h of y."""
    x, y, heads = args
    B, T, D = np.shape(x)
    d = D // heads
    x_heads, y_merged = (np.asarray(r, dtype=np.float64) for r in result)
    if x_heads.shape != (B, heads, T, d) or y_merged.shape != (B, T, D):
        return f"shapes {x_heads.shape} and {y_merged.shape}, expected {(B, heads, T, d)} and {(B, T, D)}"
    x64, y64 = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    for h in range(heads):
        if not np.array_equal(x_heads[:, h], x64[:, :, h * d:(h + 1) * d]):
            return f"split head {h} is not features {h * d}..{h * d + d - 1} of x"
        if not np.array_equal(y_merged[:, :, h * d:(h + 1) * d], y64[:, h]):
            return f"merged features {h * d}..{h * d + d - 1} are not head {h} of y"
    return None
