import numpy as np


def box_iou_matrix(boxes_a: np.ndarray, boxes_b: np.ndarray) -> np.ndarray:
    # Return the (n, m) matrix of intersection-over-union values; 0 where the union is 0.
    raise NotImplementedError
