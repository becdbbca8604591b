import numpy as np

from judge.grading.authoring import Case, st


def _b(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float32).reshape(-1, 4)


SAMPLES = [
    Case((_b([[0, 0, 2, 2]]), _b([[1, 1, 3, 3], [2, 0, 4, 2], [0, 0, 2, 2]])),
         expected=np.array([[1 / 7, 0.0, 1.0]]),
         note="overlap 1·1 = 1, union 4 + 4 − 1 = 7; the second box only touches the edge "
              "x = 2 (IoU 0); the third is the same box (IoU 1)"),
    Case((_b([[0, 0, 4, 2], [1, 1, 1, 3]]), _b([[2, -1, 3, 5], [1, 1, 1, 3]])),
         expected=np.array([[1 / 6, 0.0], [0.0, 0.0]]),
         note="overlap 1·2 = 2, union 8 + 6 − 2 = 12; the zero-width box (1, 1, 1, 3) has "
              "IoU 0 with everything, itself included (0 / 0 is defined as 0)"),
]


def _scene(seed: int, n: int, m: int, span: float, size: float, grid: float = 0.0) -> tuple:
    """Predictions jittered around labelled boxes: many partial overlaps."""
    rng = np.random.default_rng(seed)

    def boxes(k, centres):
        c = centres[rng.integers(0, len(centres), size=k)] + rng.normal(0, size / 3, (k, 2))
        wh = rng.uniform(0.2, 1.0, (k, 2)) * size
        out = np.concatenate([c - wh / 2, c + wh / 2], axis=1)
        if grid:
            out = np.round(out / grid) * grid
        return np.clip(out, -span, span).astype(np.float32)

    centres = rng.uniform(-span * 0.9, span * 0.9, (max(1, (n + m) // 8), 2))
    return boxes(n, centres), boxes(m, centres)


HIDDEN = [
    Case((_b([]), _b([[0, 0, 1, 1], [2, 2, 3, 3], [1, 1, 1, 1]])), note="no boxes in a: (0, 3)"),
    Case((_b([[0, 0, 1, 1]]), _b([])), note="no boxes in b: (1, 0)"),
    Case((_b([]), _b([])), note="both empty: (0, 0)"),
    Case((_b([[5, 5, 9, 8]]), _b([[5, 5, 9, 8]])), note="a single identical pair: 1"),
    Case((_b([[0, 0, 2, 2]]), _b([[3, 3, 5, 5], [-4, -4, -1, -1], [3, -4, 5, -1], [-3, 3, -1, 4]])),
         note="apart along both axes (diagonal neighbours): both clipped sides are negative, "
              "their product is positive, yet the IoU is 0"),
    Case((_b([[0, 0, 2, 2]]), _b([[3, 0, 5, 2], [0, 5, 2, 7], [0.5, 2.5, 1.5, 3.5]])),
         note="apart along one axis only"),
    Case((_b([[0, 0, 2, 2]]), _b([[2, 2, 4, 4], [2, -2, 4, 0], [-2, 2, 0, 4], [2, 0, 3, 2],
                                  [0, 2, 2, 3], [-1, -1, 0, 3]])),
         note="touching at a corner or along an edge: 0"),
    Case((_b([[0, 0, 10, 10], [2, 2, 4, 4]]), _b([[2, 2, 4, 4], [0, 0, 10, 10], [-5, -5, 15, 15]])),
         note="containment: the IoU is the area ratio"),
    Case((_b([[1, 1, 1, 1], [0, 3, 6, 3], [2, 0, 2, 6], [1, 1, 1, 1]]),
          _b([[0, 0, 6, 6], [1, 1, 1, 1], [0, 3, 6, 3], [2, 0, 2, 6]])),
         note="degenerate boxes (a point, a horizontal and a vertical segment) inside a box, "
              "on each other and on themselves: all 0, never nan"),
    Case((_b([[-7.5, -3.25, -1.0, 4.0], [-1.0, -1.0, 1.0, 1.0]]),
          _b([[-3.0, -5.0, 2.0, 0.5], [-9.0, 3.0, -6.0, 4.0]])),
         note="negative coordinates"),
    Case((_b([[0.1, 0.2, 0.7, 0.9], [0.3, 0.1, 0.6, 0.4]]),
          _b([[0.2, 0.3, 0.8, 0.6], [0.1, 0.1, 0.4, 0.4]])),
         note="tenths that are not exact in binary"),
    Case((_b([[0.5, 0.5, 0.501, 0.5012], [0.5, 0.5, 0.5005, 0.5005]]),
          _b([[0.5005, 0.5002, 0.5015, 0.501], [0.5, 0.5, 0.501, 0.5012]])),
         note="tiny boxes (sides around 0.001, areas around 1e-6): an epsilon added to the "
              "union is not small here"),
    Case((_b([[-10000, -10000, 10000, 10000], [9990, 9990, 10000, 10000]]),
          _b([[-10000, -10000, 0, 0], [9995, 9995, 10000, 10000], [-1, -1, 1, 1]])),
         note="the extremes of the coordinate range"),
    Case((_b([[100, 100, 140, 180], [120, 90, 200, 150]]),
          _b([[110, 120, 160, 170], [100, 100, 140, 180], [139, 179, 140, 180]])),
         note="pixel-sized boxes: a + 1 on each side changes everything"),
    Case(_scene(1, 30, 20, 50.0, 12.0, grid=1.0), note="integer coordinates, many touching"),
    Case(_scene(2, 200, 150, 500.0, 60.0), note="random"),
    Case(_scene(3, 1000, 1000, 10000.0, 900.0), note="largest"),
    Case(_scene(4, 1000, 1, 10.0, 4.0), note="largest, one labelled box"),
]


def generate(rng):
    def box():
        if rng.random() < 0.3:
            x1, y1 = rng.randint(-6, 6), rng.randint(-6, 6)
            return [x1, y1, x1 + rng.randint(0, 5), y1 + rng.randint(0, 5)]
        x1, y1 = rng.uniform(-20, 20), rng.uniform(-20, 20)
        return [x1, y1, x1 + rng.uniform(0, 15), y1 + rng.uniform(0, 15)]

    n, m = rng.randint(0, 25), rng.randint(0, 25)
    return _b([box() for _ in range(n)]), _b([box() for _ in range(m)])


@st.composite
def _boxes(draw):
    def one():
        xs = sorted(draw(st.lists(st.integers(-6, 6), min_size=2, max_size=2)))
        ys = sorted(draw(st.lists(st.integers(-6, 6), min_size=2, max_size=2)))
        return [xs[0] / 2, ys[0] / 2, xs[1] / 2, ys[1] / 2]

    n = draw(st.integers(0, 5))
    m = draw(st.integers(0, 5))
    return _b([one() for _ in range(n)]), _b([one() for _ in range(m)])


def arguments():
    return _boxes()


def invariant(args, result):
    a, b = args
    iou = np.asarray(result, dtype=float)
    if iou.shape != (len(a), len(b)):
        return f"the result has shape {iou.shape}, not {(len(a), len(b))}"
    if iou.size and (np.isnan(iou).any() or iou.min() < -1e-6 or iou.max() > 1 + 1e-5):
        return "some IoU is nan or outside [0, 1]"
    return None
