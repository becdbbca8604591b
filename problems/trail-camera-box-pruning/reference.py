import numpy as np


def non_max_suppression(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float) -> list[int]:
    b = np.asarray(boxes, dtype=np.float64)
    s = np.asarray(scores, dtype=np.float64)
    # Highest score first; a stable sort keeps equal scores in index order (lower index first).
    order = np.argsort(-s, kind="stable")
    x1, y1, x2, y2 = (b[order, k] for k in range(4))
    area = (x2 - x1) * (y2 - y1)
    keep = []
    while order.size:
        keep.append(int(order[0]))
        wide = np.minimum(x2[0], x2[1:]) - np.maximum(x1[0], x1[1:])
        tall = np.minimum(y2[0], y2[1:]) - np.maximum(y1[0], y1[1:])
        inter = np.clip(wide, 0.0, None) * np.clip(tall, 0.0, None)
        union = area[0] + area[1:] - inter
        iou = np.zeros_like(inter)
        np.divide(inter, union, out=iou, where=union > 0)
        alive = iou <= iou_threshold  # suppressed only when the IoU is above the threshold
        order, x1, y1, x2, y2, area = (v[1:][alive] for v in (order, x1, y1, x2, y2, area))
    return keep
