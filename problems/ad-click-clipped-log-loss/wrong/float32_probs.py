# verdict: Wrong Answer
# Casts the probabilities to float32 "to save memory" before clipping: 1 - 1e-15 rounds to
# 1.0 in float32, so the upper clip does nothing and log(1 - 1) is -inf.
import numpy as np


def binary_log_loss(labels, probs, weights=None):
    y = labels.astype(np.float32)
    q = np.clip(probs.astype(np.float32), 1e-15, 1 - 1e-15)
    with np.errstate(divide="ignore", invalid="ignore"):
        losses = -(y * np.log(q) + (1 - y) * np.log(1 - q))
    if weights is None:
        return float(np.mean(losses))
    return float(np.sum(weights * losses) / np.sum(weights))
