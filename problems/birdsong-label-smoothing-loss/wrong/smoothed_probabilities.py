# verdict: Wrong Answer
# Smooths the predicted probabilities, p' = (1 − eps)·softmax + eps / K, and takes the
# negative log of p' at the label, instead of smoothing the targets.
import numpy as np


def smoothed_cross_entropy(logits, labels, eps):
    z = logits.astype(np.float64)
    n, k = z.shape
    shifted = z - z.max(axis=1, keepdims=True)
    p = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    smooth = (1.0 - eps) * p + eps / k
    return float(-np.log(smooth[np.arange(n), labels]).mean())
