# verdict: Wrong Answer
# Takes the union as area_a + area_b, counting the shared part twice.
import numpy as np


def box_iou_matrix(boxes_a, boxes_b):
    a = boxes_a.astype(float)
    b = boxes_b.astype(float)
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    w = np.clip(np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0]), 0, None)
    h = np.clip(np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1]), 0, None)
    inter = w * h
    union = area_a[:, None] + area_b[None, :]
    out = np.zeros_like(inter)
    np.divide(inter, union, out=out, where=union > 0)
    return out
