# verdict: Wrong Answer
# Clips with eps = 1e-7 (a common framework default) instead of the stated 1e-15.
import numpy as np


def binary_log_loss(labels, probs, weights=None):
    y = labels.astype(np.float64)
    q = np.clip(probs, 1e-7, 1 - 1e-7)
    losses = -(y * np.log(q) + (1 - y) * np.log(1 - q))
    if weights is None:
        return float(np.mean(losses))
    return float(np.sum(weights * losses) / np.sum(weights))
