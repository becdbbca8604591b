# verdict: Wrong Answer
# Divides without a guard: two zero-area boxes give IoU 0 / 0 = nan, and the filter
# `iou <= threshold` is False for nan, so zero-area duplicates get dropped.
import numpy as np


def non_max_suppression(boxes, scores, iou_threshold):
    b = boxes.astype(float)
    order = np.argsort(-scores.astype(float), kind="stable")
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    keep = []
    while order.size:
        i, rest = order[0], order[1:]
        keep.append(int(i))
        w = np.clip(np.minimum(b[i, 2], b[rest, 2]) - np.maximum(b[i, 0], b[rest, 0]), 0, None)
        h = np.clip(np.minimum(b[i, 3], b[rest, 3]) - np.maximum(b[i, 1], b[rest, 1]), 0, None)
        inter = w * h
        with np.errstate(invalid="ignore"):
            iou = inter / (area[i] + area[rest] - inter)
        order = rest[iou <= iou_threshold]
    return keep
