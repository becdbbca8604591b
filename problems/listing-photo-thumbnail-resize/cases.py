import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float32)


SAMPLES = [
    Case((_f([[0, 10]]) / np.float32(10), 1, 4), expected=np.array([[0.0, 0.25, 0.75, 1.0]]),
         note="the worked example scaled to [0, 1]: src = −0.25, 0.25, 0.75, 1.25 is clamped to "
              "0, 0.25, 0.75, 1"),
    Case((_f(np.arange(16).reshape(4, 4)) / np.float32(16), 2, 2),
         expected=np.array([[2.5, 4.5], [10.5, 12.5]]) / 16,
         note="halving: src = 0.5 and 2.5 on both axes, so every output pixel is the mean of a "
              "2 × 2 block"),
    Case((_f([[[0.25, 0.5, 1.0]]]), 2, 3), expected=np.array([[[0.25, 0.5, 1.0]] * 3] * 2),
         note="one RGB pixel enlarged to 2 × 3: the channel axis stays last and is not mixed"),
]


def _photo(seed: int, h: int, w: int, c: int | None) -> np.ndarray:
    """A smooth gradient with sharp-edged patches and noise, values in [-1, 1]."""
    rng = np.random.default_rng(seed)
    shape = (h, w) if c is None else (h, w, c)
    yy, xx = np.mgrid[0:h, 0:w]
    base = np.sin(xx / max(w, 1) * 5.0) * np.cos(yy / max(h, 1) * 3.0)
    img = np.broadcast_to(base[..., None] if c else base, shape).copy()
    for _ in range(5):
        r, q = rng.integers(0, h), rng.integers(0, w)
        img[r:r + rng.integers(1, h // 3 + 2), q:q + rng.integers(1, w // 3 + 2)] = \
            rng.uniform(-1, 1, () if c is None else (c,))
    img = img + rng.normal(0, 0.05, shape)
    return np.clip(img, -1, 1).astype(np.float32)


HIDDEN = [
    Case((_f([[0.3]]), 1, 1), note="1 × 1 to 1 × 1"),
    Case((_f([[-0.7]]), 5, 4), note="one pixel enlarged: constant"),
    Case((_photo(1, 7, 5, None), 7, 5), note="same size: the image itself"),
    Case((_photo(2, 4, 6, None), 1, 1), note="to one pixel: src = 1.5 and 2.5, the mean of the "
                                             "central 2 × 2"),
    Case((_f([[0.0, 0.5, -0.5, 1.0, 0.1]]), 3, 9), note="a single row enlarged"),
    Case((_f([[0.2], [0.9], [-0.4]]), 8, 2), note="a single column enlarged"),
    Case((_f([[0.0, 1.0], [1.0, 0.0]]), 6, 6), note="×3: clamping at both ends"),
    Case((_f([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]]), 5, 5),
         note="3 → 5: scale 0.6, not an integer"),
    Case((_photo(3, 5, 7, None), 3, 2), note="5 → 3 and 7 → 2: scale 5/3 and 3.5"),
    Case((_photo(4, 10, 10, None), 7, 7), note="10 → 7: scale 10/7"),
    Case((_photo(5, 6, 4, None), 3, 10), note="rows shrink while columns grow"),
    Case((_photo(6, 9, 3, None), 2, 11), note="tall to wide"),
    Case((_photo(7, 4, 5, 3), 7, 3), note="RGB"),
    Case((_photo(8, 3, 3, 1), 5, 2), note="one explicit channel: (H, W, 1) stays 3-D"),
    Case((_photo(9, 5, 2, 4), 2, 5), note="four channels"),
    Case((_f([[-1.0, 1.0, -1.0], [1.0, -1.0, 1.0]]), 4, 7), note="extreme values ±1"),
    Case((_photo(10, 1000, 1000, None), 700, 1300), note="largest, grayscale"),
    Case((_photo(11, 500, 600, 3), 577, 433), note="largest, RGB"),
    Case((_photo(12, 2000, 500, None), 3, 1999), note="largest, extreme ratios"),
    Case((_photo(13, 1, 2000, None), 2000, 7), note="one row to 2000 rows"),
]


def generate(rng):
    h, w = rng.randint(1, 9), rng.randint(1, 9)
    out_h, out_w = rng.randint(1, 12), rng.randint(1, 12)
    c = rng.choice([None, None, 1, 3])
    shape = (h, w) if c is None else (h, w, c)
    values = [rng.randint(-10, 10) / 10 for _ in range(int(np.prod(shape)))]
    return _f(values).reshape(shape), out_h, out_w


@st.composite
def _small(draw):
    h, w = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    c = draw(st.sampled_from([None, 2]))
    shape = (h, w) if c is None else (h, w, c)
    size = int(np.prod(shape))
    values = draw(st.lists(st.integers(-4, 4), min_size=size, max_size=size))
    return (_f(values).reshape(shape) / np.float32(4), draw(st.integers(1, 6)),
            draw(st.integers(1, 6)))


def arguments():
    return _small()


def invariant(args, result):
    image, out_h, out_w = args
    out = np.asarray(result, dtype=float)
    shape = (out_h, out_w) + image.shape[2:]
    if out.shape != shape:
        return f"the result has shape {out.shape}, not {shape}"
    if out.min() < float(image.min()) - 1e-6 or out.max() > float(image.max()) + 1e-6:
        return "an output value lies outside the range of the input values"
    return None
