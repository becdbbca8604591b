# verdict: Wrong Answer
# Uses the inclusive-pixel convention: every side is (x2 - x1 + 1), so touching boxes overlap
# and zero-width boxes have area.
import numpy as np


def box_iou_matrix(boxes_a, boxes_b):
    a = boxes_a.astype(float)
    b = boxes_b.astype(float)
    area_a = (a[:, 2] - a[:, 0] + 1) * (a[:, 3] - a[:, 1] + 1)
    area_b = (b[:, 2] - b[:, 0] + 1) * (b[:, 3] - b[:, 1] + 1)
    w = np.clip(np.minimum(a[:, None, 2], b[None, :, 2])
                - np.maximum(a[:, None, 0], b[None, :, 0]) + 1, 0, None)
    h = np.clip(np.minimum(a[:, None, 3], b[None, :, 3])
                - np.maximum(a[:, None, 1], b[None, :, 1]) + 1, 0, None)
    inter = w * h
    return inter / (area_a[:, None] + area_b[None, :] - inter)
