# verdict: Wrong Answer
# Shifts by the largest logit of the whole batch instead of each row's own maximum: a row
# far below it underflows to all zeros and its log-sum-exp becomes −inf.
import numpy as np


def smoothed_cross_entropy(logits, labels, eps):
    z = logits.astype(np.float64)
    n, k = z.shape
    shifted = z - z.max()
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    target = np.full((n, k), eps / k)
    target[np.arange(n), labels] += 1.0 - eps
    return float(-(target * log_p).sum() / n)
