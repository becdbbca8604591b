# verdict: Wrong Answer
# Returns the sum of the per-row losses instead of their mean over the N rows.
import numpy as np


def smoothed_cross_entropy(logits, labels, eps):
    z = logits.astype(np.float64)
    n, k = z.shape
    shifted = z - z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    target = np.full((n, k), eps / k)
    target[np.arange(n), labels] += 1.0 - eps
    return float(-(target * log_p).sum())
