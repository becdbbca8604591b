# verdict: Wrong Answer
# Accepts the weights argument but always returns the plain mean.
import numpy as np


def binary_log_loss(labels, probs, weights=None):
    y = labels.astype(np.float64)
    q = np.clip(probs, 1e-15, 1 - 1e-15)
    return float(np.mean(-(y * np.log(q) + (1 - y) * np.log(1 - q))))
