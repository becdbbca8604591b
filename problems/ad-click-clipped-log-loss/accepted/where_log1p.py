# Picks the relevant log per label with np.where and uses log1p for the complement.
import numpy as np


def binary_log_loss(labels, probs, weights=None):
    q = np.clip(probs, 1e-15, 1 - 1e-15)
    losses = np.where(labels == 1, -np.log(q), -np.log1p(-q))
    return float(np.average(losses, weights=weights))
