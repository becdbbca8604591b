# verdict: Wrong Answer
# Guards only log(0) of p with max(p, eps): a probability of 1 on a non-click still gives
# log(1 - 1) = -inf.
import numpy as np


def binary_log_loss(labels, probs, weights=None):
    y = labels.astype(np.float64)
    q = np.maximum(probs, 1e-15)
    with np.errstate(divide="ignore", invalid="ignore"):
        losses = -(y * np.log(q) + (1 - y) * np.log(1 - q))
    if weights is None:
        return float(np.mean(losses))
    return float(np.sum(weights * losses) / np.sum(weights))
