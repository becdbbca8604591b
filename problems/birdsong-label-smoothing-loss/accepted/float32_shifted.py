# Stays in float32 like the inputs, but subtracts each row's maximum before anything else,
# so log_p is accurate; the final weighted sum is accumulated in float64.
import numpy as np


def smoothed_cross_entropy(logits, labels, eps):
    n, k = logits.shape
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    target = np.full((n, k), eps / k)
    target[np.arange(n), labels] += 1.0 - eps
    return float(-(target * log_p.astype(np.float64)).sum() / n)
