# verdict: Wrong Answer
# Weights each loss but divides by n instead of by the sum of the weights.
import numpy as np


def binary_log_loss(labels, probs, weights=None):
    y = labels.astype(np.float64)
    q = np.clip(probs, 1e-15, 1 - 1e-15)
    losses = -(y * np.log(q) + (1 - y) * np.log(1 - q))
    if weights is None:
        return float(np.mean(losses))
    return float(np.mean(weights * losses))
