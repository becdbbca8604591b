import numpy as np

from judge.grading.authoring import Case, st


def _u8(rows) -> np.ndarray:
    return np.array(rows, dtype=np.uint8)


def _b(rows) -> np.ndarray:
    return np.array(rows, dtype=bool)


def _i(rows) -> np.ndarray:
    return np.array(rows, dtype=np.int64)


SAMPLES = [
    Case((_u8([[1, 1, 0, 0], [0, 0, 0, 1], [1, 0, 1, 1]]), 4),
         expected=(_i([[1, 1, 0, 0], [0, 0, 0, 2], [3, 0, 2, 2]]), 3),
         note="three blobs, numbered by their first pixels (0,0), (1,3) and (2,0)"),
    Case((_b([[True, False, True], [False, True, False], [True, False, False]]), 8),
         expected=(_i([[1, 0, 1], [0, 1, 0], [1, 0, 0]]), 1),
         note="with 8-connectivity the corners touch the centre: one blob (with 4 it would be four)"),
    Case((_u8([[0, 0, 0, 255], [255, 0, 0, 0], [255, 0, 0, 0]]), 4),
         expected=(_i([[0, 0, 0, 1], [2, 0, 0, 0], [2, 0, 0, 0]]), 2),
         note="255 is a defect pixel; the blob at the top right comes first in raster order"),
]


def _random(seed: int, h: int, w: int, p: float, dtype=np.uint8) -> np.ndarray:
    rng = np.random.default_rng(seed)
    on = rng.random((h, w)) < p
    if dtype is bool:
        return on
    return np.where(on, rng.integers(1, 256, size=(h, w)), 0).astype(np.uint8)


def _checker(h: int, w: int) -> np.ndarray:
    return (np.indices((h, w)).sum(axis=0) % 2 == 0).astype(np.uint8)


def _snake(h: int, w: int) -> np.ndarray:
    """A one-pixel-wide path that winds down the whole image: one blob of ~h*w/2 pixels."""
    m = np.zeros((h, w), dtype=np.uint8)
    m[::2, :] = 1
    for r in range(1, h, 2):
        m[r, w - 1 if (r // 2) % 2 == 0 else 0] = 1
    return m


def _diagonals(h: int, w: int) -> np.ndarray:
    """Anti-diagonal stripes: 8-connected lines that are single pixels under 4-connectivity."""
    i, j = np.indices((h, w))
    return ((i + j) % 3 == 0).astype(np.uint8)


def _edges() -> np.ndarray:
    """Blobs touching opposite borders; joined only if neighbours wrap around."""
    m = np.zeros((6, 7), dtype=np.uint8)
    m[0, 3] = 1      # top edge ...
    m[5, 3] = 1      # ... and bottom edge in the same column
    m[2, 6] = 1      # right edge of row 2 ...
    m[3, 0] = 1      # ... and left edge of row 3 (the next flat index)
    m[1, 0] = 1      # left edge ...
    m[1, 6] = 1      # ... and right edge of the same row
    return m


def _diag_wrap() -> np.ndarray:
    """Pixels that only a wrapped diagonal step could join: the flat offset w + 1 from the
    end of row 1 lands at the start of row 3, and -1 indexes reach the opposite corner."""
    m = np.zeros((5, 7), dtype=np.uint8)
    m[1, 6] = 1
    m[3, 0] = 1
    m[0, 0] = 1
    m[4, 6] = 1
    return m


HIDDEN = [
    Case((np.zeros((0, 0), dtype=np.uint8), 4), note="empty mask"),
    Case((np.zeros((0, 5), dtype=np.uint8), 8), note="no rows"),
    Case((np.zeros((3, 0), dtype=bool), 4), note="no columns"),
    Case((np.zeros((5, 5), dtype=np.uint8), 8), note="all background"),
    Case((_u8([[7]]), 4), note="a single defect pixel"),
    Case((_u8([[0]]), 8), note="a single background pixel"),
    Case((_u8([[1, 0, 1, 1, 0, 0, 1]]), 8), note="one row"),
    Case((_b([[True], [True], [False], [True]]), 4), note="one column"),
    Case((np.ones((4, 6), dtype=np.uint8) * 255, 4), note="every pixel a defect"),
    Case((_edges(), 4), note="blobs on opposite borders must not join (4-connectivity)"),
    Case((_edges(), 8), note="blobs on opposite borders must not join (8-connectivity)"),
    Case((_diag_wrap(), 8), note="corners of the image must not join diagonally"),
    Case((_u8([[0, 1], [1, 0]]), 4), note="diagonal pair, 4-connectivity: two blobs"),
    Case((_u8([[0, 1], [1, 0]]), 8), note="diagonal pair, 8-connectivity: one blob"),
    Case((_u8([[1, 0, 1], [1, 0, 1], [1, 1, 1]]), 4),
         note="a U: the two arms meet at the bottom, so one blob"),
    Case((_u8([[0, 0, 1], [0, 1, 0], [1, 0, 0], [0, 0, 1]]), 8),
         note="an anti-diagonal line and a lone pixel"),
    Case((_u8([[0, 0, 0, 9], [0, 0, 0, 9], [3, 0, 0, 9], [3, 3, 0, 9]]), 4),
         note="the top-right blob comes first in raster order, though the left one starts at "
              "column 0"),
    Case((_random(1, 40, 50, 0.5), 4), note="random, half defects"),
    Case((_random(2, 40, 50, 0.5, bool), 8), note="random bool mask"),
    Case((np.ones((1000, 1000), dtype=np.uint8), 8),
         note="largest: one blob covering the whole image"),
    Case((np.ones((1000, 1000), dtype=bool), 4), note="largest bool, one blob"),
    Case((_snake(1000, 1000), 4), note="largest: one winding path of half a million pixels"),
    Case((_random(3, 1000, 1000, 0.59), 4), note="largest random, near the percolation point"),
    Case((_random(4, 1000, 1000, 0.41), 8), note="largest random, 8-connectivity"),
    Case((_checker(1000, 1000), 4), note="largest checkerboard: half a million blobs"),
    Case((_checker(999, 1000), 8), note="largest checkerboard, 8-connectivity: one blob"),
    Case((_diagonals(1000, 997), 8), note="largest diagonal stripes, 8-connectivity"),
]


def generate(rng):
    h = rng.randint(1, 60)
    w = rng.randint(1, 60)
    p = rng.choice([0.2, 0.45, 0.6, 0.8])
    conn = rng.choice([4, 8])
    vals = [[(rng.randint(1, 255) if rng.random() < p else 0) for _ in range(w)]
            for _ in range(h)]
    if rng.random() < 0.3:
        return (np.array(vals, dtype=np.uint8) != 0, conn)
    return (np.array(vals, dtype=np.uint8), conn)


@st.composite
def _small(draw):
    h = draw(st.integers(0, 7))
    w = draw(st.integers(0, 7))
    cells = draw(st.lists(st.sampled_from([0, 0, 1, 255]), min_size=h * w, max_size=h * w))
    m = np.array(cells, dtype=np.uint8).reshape(h, w)
    if draw(st.booleans()):
        m = m != 0
    return m, draw(st.sampled_from([4, 8]))


def arguments():
    return _small()


def invariant(args, result):
    """Background is 0, the count is the largest label, and touching defect pixels share a
    label."""
    mask, conn = args
    labels, count = result
    labels = np.asarray(labels)
    fg = mask != 0
    if np.any((labels > 0) != fg):
        return "labels are non-zero exactly on the defect pixels"
    if count != (int(labels.max()) if labels.size else 0):
        return "count is not the largest label"
    padded = np.zeros((labels.shape[0] + 2, labels.shape[1] + 2), dtype=labels.dtype)
    padded[1:-1, 1:-1] = labels
    h, w = labels.shape
    steps = [(1, 0), (0, 1)] + ([(1, 1), (1, -1)] if conn == 8 else [])
    for dr, dc in steps:
        other = padded[1 + dr:1 + dr + h, 1 + dc:1 + dc + w]
        both = (labels > 0) & (other > 0)
        if np.any(labels[both] != other[both]):
            return "two touching defect pixels have different labels"
    return None
