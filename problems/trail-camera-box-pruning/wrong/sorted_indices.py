# verdict: Wrong Answer
# Right set of boxes, but returns their indices sorted instead of in the order kept.
import numpy as np


def _iou_one(b, i, rest):
    w = np.clip(np.minimum(b[i, 2], b[rest, 2]) - np.maximum(b[i, 0], b[rest, 0]), 0, None)
    h = np.clip(np.minimum(b[i, 3], b[rest, 3]) - np.maximum(b[i, 1], b[rest, 1]), 0, None)
    inter = w * h
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    union = area[i] + area[rest] - inter
    out = np.zeros_like(inter)
    np.divide(inter, union, out=out, where=union > 0)
    return out


def non_max_suppression(boxes, scores, iou_threshold):
    b = boxes.astype(float)
    order = np.argsort(-scores.astype(float), kind="stable")
    keep = []
    while order.size:
        i = order[0]
        keep.append(int(i))
        order = order[1:][_iou_one(b, i, order[1:]) <= iou_threshold]
    return sorted(keep)
