import math

import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float32)


def _u(rows) -> np.ndarray:
    return np.array(rows, dtype=np.uint8)


_R2, _R10 = math.sqrt(2), math.sqrt(10)

SAMPLES = [
    Case((_f([[0, 0, 1], [0, 0, 1], [0, 0, 1]]),),
         expected=np.array([[0.0, 4.0, 4.0]] * 3),
         note="a vertical step: gx = 1 + 2 + 1 = 4 where the right column is brighter (in the "
              "last column the replicated border counts as the right neighbour); every row is "
              "the same, so gy = 0"),
    Case((_u([[0, 0, 0], [0, 0, 200]]),),
         expected=np.array([[0.0, 200 * _R2, 200 * _R10], [0.0, 200 * _R10, 600 * _R2]]),
         note="uint8 input: at the bottom-right pixel the replicated border gives gx = gy = "
              "200 + 2·200 + 200 = 600, magnitude 600·√2 ≈ 848.5, far above 255"),
]


def _scene(seed: int, h: int, w: int, dtype: str) -> tuple:
    """Rectangles and a disc on a noisy, shaded background: strong and weak edges, and
    non-zero borders."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w]
    img = 0.3 + 0.2 * np.sin(xx / 17.0) * np.cos(yy / 23.0)
    for _ in range(6):
        r0, c0 = rng.integers(0, h), rng.integers(0, w)
        img[r0:r0 + rng.integers(1, h // 2 + 2), c0:c0 + rng.integers(1, w // 2 + 2)] = \
            rng.uniform(0, 1)
    cy, cx, rad = rng.uniform(0, h), rng.uniform(0, w), rng.uniform(2, max(h, w) / 3)
    img[(yy - cy) ** 2 + (xx - cx) ** 2 < rad ** 2] = 0.95
    img = np.clip(img + rng.normal(0, 0.03, (h, w)), 0, 1)
    if dtype == "uint8":
        return (np.round(img * 255).astype(np.uint8),)
    return ((img * 2 - 1).astype(np.float32),)


HIDDEN = [
    Case((_f([[0.5]]),), note="a single pixel: every neighbour is itself, magnitude 0"),
    Case((_u([[255]]),), note="a single uint8 pixel"),
    Case((_f([[0.0, 1.0, -1.0, 0.25, 0.25]]),), note="a single row: gy = 0"),
    Case((_u([[10], [250], [0], [7]]),), note="a single uint8 column: gx = 0"),
    Case((_f([[0.1, 0.2], [0.3, 0.4]]),), note="2 x 2: every pixel touches the border"),
    Case((_f([[0.7] * 5] * 4),), note="a constant image: 0 everywhere (also at the border)"),
    Case((_u([[255] * 6] * 5),), note="a constant white uint8 image: 0, not the border wall "
                                      "zero padding would draw"),
    Case((_u([[0, 255, 0, 255], [255, 0, 255, 0], [0, 255, 0, 255], [255, 0, 255, 0]]),),
         note="a uint8 checkerboard: sums far below 0 and above 255"),
    Case((_u([[0, 0, 0, 0], [0, 255, 255, 0], [0, 255, 255, 0], [0, 0, 0, 0]]),),
         note="a bright uint8 square"),
    Case((_f([[-1, -1, 1, 1], [-1, -1, 1, 1], [1, 1, -1, -1]]),),
         note="extreme float values -1 and 1"),
    Case((_f([[0.0, 0.1, 0.2, 0.3, 0.4], [0.1, 0.2, 0.3, 0.4, 0.5], [0.2, 0.3, 0.4, 0.5, 0.6]]),),
         note="a ramp of tenths: the border columns differ from the mirror rule"),
    Case((_f([[0.9, 0.1, 0.8, 0.3], [0.2, 0.6, 0.0, 0.7], [0.5, 0.4, 1.0, 0.0],
              [0.3, 0.3, 0.6, 0.2]]),), note="an irregular 4 x 4"),
    Case((_f([[1e-6, 0.0, 3e-7], [0.0, 2e-6, 0.0]]),), note="tiny values"),
    Case(_scene(1, 40, 60, "float32"), note="a small scene"),
    Case(_scene(2, 40, 60, "uint8"), note="a small uint8 scene"),
    Case(_scene(3, 1000, 1000, "float32"), note="largest, float32"),
    Case(_scene(4, 1000, 1000, "uint8"), note="largest, uint8"),
    Case(_scene(5, 1, 10**6, "uint8"), note="largest, one row"),
    Case(_scene(6, 2500, 400, "float32"), note="largest, tall"),
]


def generate(rng):
    h, w = rng.randint(1, 12), rng.randint(1, 12)
    if rng.random() < 0.5:
        return (_u([[rng.choice([0, 255, rng.randint(0, 255)]) for _ in range(w)]
                    for _ in range(h)]),)
    return (_f([[rng.randint(-10, 10) / 10 for _ in range(w)] for _ in range(h)]),)


@st.composite
def _small(draw):
    h = draw(st.integers(1, 5))
    w = draw(st.integers(1, 5))
    if draw(st.booleans()):
        rows = draw(st.lists(st.lists(st.sampled_from([0, 1, 128, 254, 255]), min_size=w,
                                      max_size=w), min_size=h, max_size=h))
        return (_u(rows),)
    rows = draw(st.lists(st.lists(st.integers(-4, 4), min_size=w, max_size=w), min_size=h,
                         max_size=h))
    return (_f(rows) / np.float32(4),)


def arguments():
    return _small()


def invariant(args, result):
    (image,) = args
    out = np.asarray(result, dtype=float)
    if out.shape != image.shape:
        return f"the result has shape {out.shape}, not {image.shape}"
    if not np.isfinite(out).all() or (out < 0).any():
        return "a magnitude is negative or not finite"
    if np.ptp(image.astype(float)) == 0 and out.max() > 1e-4:
        return "a constant image must have magnitude 0 everywhere"
    return None
