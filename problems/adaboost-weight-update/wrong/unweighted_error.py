# verdict: Wrong Answer
# Takes eps as the fraction of samples misclassified, ignoring their weights.
import numpy as np

EPS_FLOOR = 1e-10


def adaboost_update(weights: np.ndarray, y: np.ndarray, h: np.ndarray) -> tuple[float, np.ndarray]:
    w = np.asarray(weights, dtype=np.float64)
    y = np.asarray(y)
    h = np.asarray(h)
    total = w.sum()
    eps = float(np.mean(y != h))
    if eps >= 0.5:
        # No better than a coin flip: the learner gets no say and the weights stay as they
        # are (normalised).
        return 0.0, w / total
    eps = max(eps, EPS_FLOOR)  # a perfect learner would get an infinite alpha
    alpha = 0.5 * np.log((1 - eps) / eps)
    new = w * np.exp(-alpha * (y * h))
    return float(alpha), new / new.sum()
