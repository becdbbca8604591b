# Each candidate in turn against the boxes kept so far (a growing float32 buffer).
import numpy as np


def non_max_suppression(boxes, scores, iou_threshold):
    n = len(scores)
    order = sorted(range(n), key=lambda i: (-float(scores[i]), i))
    kept = np.empty((n, 4), dtype=np.float32)
    kept_area = np.empty(n, dtype=np.float32)
    keep = []
    for i in order:
        x1, y1, x2, y2 = boxes[i]
        area = (x2 - x1) * (y2 - y1)
        k = len(keep)
        if k:
            kb = kept[:k]
            w = np.clip(np.minimum(x2, kb[:, 2]) - np.maximum(x1, kb[:, 0]), 0, None)
            h = np.clip(np.minimum(y2, kb[:, 3]) - np.maximum(y1, kb[:, 1]), 0, None)
            inter = w * h
            union = area + kept_area[:k] - inter
            hit = (union > 0) & (inter > iou_threshold * union)
            if hit.any():
                continue
        kept[k] = boxes[i]
        kept_area[k] = area
        keep.append(i)
    return keep
