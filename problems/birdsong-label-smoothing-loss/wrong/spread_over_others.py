# verdict: Wrong Answer
# Spreads eps over the K − 1 other species only, eps / (K − 1) each, leaving exactly 1 − eps
# on the label, instead of eps / K over all K species.
import numpy as np


def smoothed_cross_entropy(logits, labels, eps):
    z = logits.astype(np.float64)
    n, k = z.shape
    shifted = z - z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    target = np.full((n, k), eps / (k - 1) if k > 1 else 0.0)
    target[np.arange(n), labels] = 1.0 - eps
    return float(-(target * log_p).sum() / n)
