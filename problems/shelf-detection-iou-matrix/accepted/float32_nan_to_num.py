# All in float32 (the inputs' dtype), 0 / 0 turned into 0 afterwards.
import numpy as np


def box_iou_matrix(boxes_a, boxes_b):
    ax1, ay1, ax2, ay2 = (boxes_a[:, k, None] for k in range(4))
    bx1, by1, bx2, by2 = (boxes_b[None, :, k] for k in range(4))
    w = np.maximum(np.minimum(ax2, bx2) - np.maximum(ax1, bx1), 0)
    h = np.maximum(np.minimum(ay2, by2) - np.maximum(ay1, by1), 0)
    inter = w * h
    union = (ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter
    with np.errstate(invalid="ignore", divide="ignore"):
        iou = inter / union
    return np.nan_to_num(iou, nan=0.0)
