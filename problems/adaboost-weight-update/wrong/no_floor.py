# verdict: Wrong Answer
# Does not floor eps: a perfect learner divides by zero, alpha is inf and the weights nan.
import numpy as np

EPS_FLOOR = 1e-10


def adaboost_update(weights: np.ndarray, y: np.ndarray, h: np.ndarray) -> tuple[float, np.ndarray]:
    w = np.asarray(weights, dtype=np.float64)
    y = np.asarray(y)
    h = np.asarray(h)
    total = w.sum()
    eps = w[y != h].sum() / total  # weighted error
    if eps >= 0.5:
        # No better than a coin flip: the learner gets no say and the weights stay as they
        # are (normalised).
        return 0.0, w / total
    with np.errstate(divide="ignore", invalid="ignore"):
        alpha = 0.5 * np.log((1 - eps) / eps)
        new = w * np.exp(-alpha * (y * h))
        return float(alpha), new / new.sum()
    alpha = 0.5 * np.log((1 - eps) / eps)
    new = w * np.exp(-alpha * (y * h))
    return float(alpha), new / new.sum()
