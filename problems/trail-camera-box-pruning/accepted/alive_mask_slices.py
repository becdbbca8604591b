# Sort once, then one pass with an "alive" mask: each surviving box clears the later boxes it
# overlaps too much (contiguous slices, no compaction).
import numpy as np


def non_max_suppression(boxes, scores, iou_threshold):
    order = np.lexsort((np.arange(len(scores)), -scores.astype(float)))
    b = boxes[order].astype(float)
    x1, y1, x2, y2 = b.T
    area = (x2 - x1) * (y2 - y1)
    alive = np.ones(len(order), dtype=bool)
    keep = []
    for i in range(len(order)):
        if not alive[i]:
            continue
        keep.append(int(order[i]))
        w = np.maximum(0.0, np.minimum(x2[i], x2[i + 1:]) - np.maximum(x1[i], x1[i + 1:]))
        h = np.maximum(0.0, np.minimum(y2[i], y2[i + 1:]) - np.maximum(y1[i], y1[i + 1:]))
        inter = w * h
        union = area[i] + area[i + 1:] - inter
        with np.errstate(invalid="ignore"):
            over = np.where(union > 0, inter / np.where(union > 0, union, 1.0), 0.0) > iou_threshold
        alive[i + 1:] &= ~over
    return keep
