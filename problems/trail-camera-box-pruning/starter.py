import numpy as np


def non_max_suppression(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float) -> list[int]:
    # Visit boxes by descending score (equal scores: lower index first); keep a box unless its
    # IoU with an already kept box is above iou_threshold. Return the kept indices in that order.
    raise NotImplementedError
