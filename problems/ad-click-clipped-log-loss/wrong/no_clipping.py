# verdict: Wrong Answer
# Takes the logs of the raw probabilities: a probability of exactly 0 or 1 on the wrong side
# gives an infinite loss (and 0 * log(0) gives nan).
import numpy as np


def binary_log_loss(labels, probs, weights=None):
    y = labels.astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        losses = -(y * np.log(probs) + (1 - y) * np.log(1 - probs))
    if weights is None:
        return float(np.mean(losses))
    return float(np.sum(weights * losses) / np.sum(weights))
