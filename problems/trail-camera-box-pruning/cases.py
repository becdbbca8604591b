import numpy as np

from judge.grading.authoring import Case, st


def _b(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float32).reshape(-1, 4)


def _s(values) -> np.ndarray:
    return np.array(values, dtype=np.float32)


SAMPLES = [
    Case((_b([[0, 0, 4, 4], [1, 0, 5, 4], [6, 6, 8, 8], [0, 2, 4, 6]]), _s([0.9, 0.8, 0.7, 0.95]),
          0.5),
         expected=[3, 0, 2],
         note="box 3 (0.95) is kept first; box 0 overlaps it with IoU 8/24 = 1/3, kept; box 1 "
              "overlaps box 0 with IoU 12/20 = 0.6 > 0.5, suppressed; box 2 overlaps nothing"),
    Case((_b([[0, 0, 4, 2], [0, 0, 2, 2], [2, 0, 4, 2], [0, 0, 4, 2]]), _s([0.5] * 4), 0.5),
         expected=[0, 1, 2],
         note="all scores tie, so index order decides; boxes 1 and 2 have IoU exactly 4/8 = 0.5 "
              "with box 0, which is not above the threshold: kept; box 3 duplicates box 0"),
]


def _iou_all(b: np.ndarray) -> np.ndarray:
    return _iou_all_rows(b, b)


def _iou_all_rows(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a, b = a.astype(float), b.astype(float)
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    w = np.clip(np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0]), 0, None)
    h = np.clip(np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1]), 0, None)
    inter = w * h
    union = area_a[:, None] + area[None, :] - inter
    out = np.zeros_like(inter)
    np.divide(inter, union, out=out, where=union > 0)
    return out


def _grid(seed: int, n: int, overlap_every: int, score_levels: int = 0) -> tuple:
    """Boxes on a lattice, mostly apart (almost all kept); every `overlap_every`-th box gets a
    shifted twin that overlaps it with IoU 0.6 or 1/3 (dyadic-safe: integer areas)."""
    rng = np.random.default_rng(seed)
    k = int(np.ceil(np.sqrt(n)))
    xs, ys = np.meshgrid(np.arange(k) * 20.0 - 9000, np.arange(k) * 20.0 - 9000)
    xs, ys = xs.ravel(), ys.ravel()
    boxes = np.stack([xs, ys, xs + 8, ys + 8], axis=1)[:n]
    for i in range(0, n - 1, overlap_every):
        shift = 2.0 if rng.random() < 0.5 else 4.0  # IoU 48/80 = 0.6 or 32/96 = 1/3
        boxes[i + 1] = boxes[i] + [shift, 0, shift, 0]
    perm = rng.permutation(n)
    boxes = boxes[perm]
    scores = rng.random(n)
    if score_levels:
        scores = np.floor(scores * score_levels) / score_levels
    return _b(boxes), _s(scores), 0.5


def _clusters(seed: int, n: int, n_objects: int, threshold: float, levels: int = 0) -> tuple:
    """Detections jittered around a few objects: heavy suppression, chains of overlaps."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(-500, 500, (n_objects, 2))
    sizes = rng.uniform(20, 120, (n_objects, 2))
    pick = rng.integers(0, n_objects, n)
    c = centres[pick] + rng.normal(0, 1, (n, 2)) * sizes[pick] / 4
    wh = sizes[pick] * rng.uniform(0.6, 1.4, (n, 2))
    boxes = _b(np.concatenate([c - wh / 2, c + wh / 2], axis=1))
    scores = rng.random(n)
    if levels:
        scores = np.round(scores * levels) / levels
    return boxes, _s(scores), threshold


def near_ties(args, window: float = 1e-5) -> int:
    """How many pairs have an IoU within `window` of the threshold without equalling it.
    Run by hand (too slow for every load): every case here has none."""
    boxes, _, threshold = args
    count = 0
    for start in range(0, len(boxes), 500):
        iou = _iou_all_rows(boxes[start:start + 500], boxes)
        count += int(((np.abs(iou - threshold) < window) & (iou != threshold)).sum())
    return count


HIDDEN = [
    Case((_b([]), _s([]), 0.5), note="no boxes"),
    Case((_b([[1, 2, 3, 4]]), _s([0.1]), 0.5), note="a single box"),
    Case((_b([[0, 0, 2, 2], [0, 0, 2, 2], [0, 0, 2, 2]]), _s([0.3, 0.9, 0.3]), 0.7),
         note="exact duplicates: only the best survives"),
    Case((_b([[0, 0, 4, 4], [0, 0, 4, 4], [5, 5, 6, 6]]), _s([0.2, 0.2, 0.1]), 1.0),
         note="threshold 1: nothing is above it, every box is kept"),
    Case((_b([[0, 0, 2, 2], [2, 0, 4, 2], [1, 1, 3, 3], [0, 2, 2, 4], [3, 3, 5, 5]]),
          _s([0.9, 0.8, 0.7, 0.6, 0.5]), 0.0),
         note="threshold 0: touching boxes (IoU 0) stay, any real overlap is suppressed"),
    Case((_b([[0, 0, 6, 2], [3, 0, 9, 2], [6, 0, 12, 2]]), _s([0.9, 0.8, 0.7]), 0.25),
         note="a chain: box 1 is suppressed by box 0 (IoU 1/3), box 2 overlaps only box 1, "
              "which was suppressed, so box 2 is kept"),
    Case((_b([[0, 0, 4, 4], [0, 0, 4, 1], [0, 0, 4, 3], [0, 0, 4, 2]]), _s([0.4, 0.3, 0.2, 0.1]),
          0.25),
         note="IoUs 1/4 (kept), 3/4 and 1/2 against box 0"),
    Case((_b([[0, 0, 4, 4], [0, 0, 4, 3], [0, 1, 4, 4]]), _s([0.9, 0.5, 0.5]), 0.75),
         note="IoU exactly 3/4 with threshold 0.75: kept; equal scores in index order"),
    Case((_b([[5, 5, 9, 9], [0, 0, 4, 4], [1, 1, 5, 5]]), _s([-2.5, -1.0, -3.0]), 0.1),
         note="negative scores: -1 is the highest"),
    Case((_b([[1, 1, 1, 1], [1, 1, 1, 1], [0, 0, 2, 2], [1, 0, 1, 2], [1, 0, 1, 2]]),
          _s([0.9, 0.8, 0.7, 0.6, 0.5]), 0.0),
         note="zero-area boxes (points, segments) have IoU 0 with everything, even with "
              "their duplicates: all kept"),
    Case((_b([[-10000, -10000, -9990, -9990], [-9995, -10000, -9985, -9990],
              [9990, 9990, 10000, 10000]]), _s([0.5, 0.6, 0.7]), 0.3),
         note="coordinates at the extremes"),
    Case((_b([[0.1, 0.1, 0.4, 0.7], [0.2, 0.1, 0.5, 0.7], [0.3, 0.3, 0.9, 0.6]]),
          _s([0.3, 0.7, 0.5]), 0.45),
         note="tenths: IoU 0.5 is above 0.45"),
    Case((_b([[0, 0, 10, 10], [1, 1, 11, 11], [2, 2, 12, 12], [3, 3, 13, 13]]),
          _s([0.1, 0.2, 0.3, 0.4]), 0.5),
         note="a diagonal staircase; ascending order keeps the wrong boxes"),
    Case(_clusters(1, 300, 12, 0.45), note="random clusters"),
    Case(_clusters(2, 3000, 80, 0.28, levels=10), note="clusters, scores in tenths: many ties"),
    Case(_grid(3, 8000, 10), note="largest: almost every box is kept"),
    Case(_grid(4, 8000, 3, score_levels=20), note="largest, scores in twentieths: many ties"),
    Case(_clusters(5, 8000, 150, 0.53), note="largest, heavy suppression"),
]

_THRESHOLDS = [0.0, 0.125, 0.25, 0.4375, 0.5, 0.625, 0.75, 1.0]


def generate(rng):
    n = rng.randint(0, 40)
    boxes = []
    for _ in range(n):
        x1, y1 = rng.randint(0, 12), rng.randint(0, 12)
        boxes.append([x1, y1, x1 + rng.randint(0, 6), y1 + rng.randint(0, 6)])
    levels = rng.choice([4, 10, 1000])
    scores = [rng.randint(0, levels) / levels for _ in range(n)]
    return _b(boxes), _s(scores), rng.choice(_THRESHOLDS)


@st.composite
def _small(draw):
    n = draw(st.integers(0, 7))
    boxes = []
    for _ in range(n):
        xs = sorted(draw(st.lists(st.integers(0, 6), min_size=2, max_size=2)))
        ys = sorted(draw(st.lists(st.integers(0, 6), min_size=2, max_size=2)))
        boxes.append([xs[0], ys[0], xs[1], ys[1]])
    scores = draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    return _b(boxes), _s([v / 4 for v in scores]), draw(st.sampled_from(_THRESHOLDS))


def arguments():
    return _small()


def invariant(args, result):
    """The kept boxes come in the stated visiting order, no two kept boxes overlap above the
    threshold, and every other box overlaps some earlier kept box above it."""
    boxes, scores, threshold = args
    n = len(scores)
    keep = [int(i) for i in result]
    if len(set(keep)) != len(keep) or any(not 0 <= i < n for i in keep):
        return "the kept indices repeat or are out of range"
    if n > 60:
        return None
    rank = {i: r for r, i in enumerate(sorted(range(n), key=lambda i: (-float(scores[i]), i)))}
    if [rank[i] for i in keep] != sorted(rank[i] for i in keep):
        return "the kept indices are not in the order they are visited"
    iou = _iou_all(boxes)
    for a in range(len(keep)):
        for b in range(a):
            if iou[keep[a], keep[b]] > threshold:
                return f"kept boxes {keep[b]} and {keep[a]} overlap above the threshold"
    kept = set(keep)
    for i in range(n):
        if i not in kept and not any(
                rank[j] < rank[i] and iou[i, j] > threshold for j in keep):
            return f"box {i} is dropped but no earlier kept box overlaps it above the threshold"
    return None
