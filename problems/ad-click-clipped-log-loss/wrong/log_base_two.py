# verdict: Wrong Answer
# Measures the loss in bits (log2) instead of nats (natural log).
import numpy as np


def binary_log_loss(labels, probs, weights=None):
    y = labels.astype(np.float64)
    q = np.clip(probs, 1e-15, 1 - 1e-15)
    losses = -(y * np.log2(q) + (1 - y) * np.log2(1 - q))
    if weights is None:
        return float(np.mean(losses))
    return float(np.sum(weights * losses) / np.sum(weights))
