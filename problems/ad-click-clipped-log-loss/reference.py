import numpy as np

EPS = 1e-15


def binary_log_loss(labels, probs, weights=None):
    # labels is an int64 array of 0/1, probs and weights float64 arrays (as the statement says).
    q = np.clip(probs, EPS, 1 - EPS)
    losses = -(labels * np.log(q) + (1 - labels) * np.log(1 - q))
    if weights is None:
        return float(np.mean(losses))
    return float(np.sum(weights * losses) / np.sum(weights))
