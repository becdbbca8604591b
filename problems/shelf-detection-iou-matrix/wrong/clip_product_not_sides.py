# verdict: Wrong Answer
# Clips the intersection area at 0 instead of each side: two boxes apart along both axes
# give two negative sides whose product is a positive "overlap".
import numpy as np


def box_iou_matrix(boxes_a, boxes_b):
    a = boxes_a.astype(float)
    b = boxes_b.astype(float)
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    w = np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0])
    h = np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1])
    inter = np.maximum(w * h, 0)
    union = area_a[:, None] + area_b[None, :] - inter
    out = np.zeros_like(inter)
    np.divide(inter, union, out=out, where=union > 0)
    return out
