# One row of the matrix at a time: each box of a against all of b.
import numpy as np


def box_iou_matrix(boxes_a, boxes_b):
    a = boxes_a.astype(float)
    b = boxes_b.astype(float)
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    out = np.zeros((len(a), len(b)))
    for i, (x1, y1, x2, y2) in enumerate(a):
        w = (np.minimum(x2, b[:, 2]) - np.maximum(x1, b[:, 0])).clip(min=0)
        h = (np.minimum(y2, b[:, 3]) - np.maximum(y1, b[:, 1])).clip(min=0)
        inter = w * h
        union = (x2 - x1) * (y2 - y1) + area_b - inter
        ok = union > 0
        out[i, ok] = inter[ok] / union[ok]
    return out
