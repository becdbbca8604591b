# verdict: Wrong Answer
# Returns the total loss instead of the mean (and the weighted total without dividing).
import numpy as np


def binary_log_loss(labels, probs, weights=None):
    y = labels.astype(np.float64)
    q = np.clip(probs, 1e-15, 1 - 1e-15)
    losses = -(y * np.log(q) + (1 - y) * np.log(1 - q))
    if weights is None:
        return float(np.sum(losses))
    return float(np.sum(weights * losses))
