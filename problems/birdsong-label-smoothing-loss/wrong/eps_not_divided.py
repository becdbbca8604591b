# verdict: Wrong Answer
# Adds eps (not eps / K) to every species, so each target row sums to 1 + (K − 1)·eps.
import numpy as np


def smoothed_cross_entropy(logits, labels, eps):
    z = logits.astype(np.float64)
    n, k = z.shape
    shifted = z - z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    target = np.full((n, k), eps)
    target[np.arange(n), labels] = 1.0 - eps + eps
    target[np.arange(n), labels] -= eps
    return float(-(target * log_p).sum() / n)
