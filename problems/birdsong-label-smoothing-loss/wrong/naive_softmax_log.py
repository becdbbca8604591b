# verdict: Wrong Answer
# Takes the softmax of the raw logits and then its log: exp(10⁴) overflows to inf, the
# probabilities become nan or 0, and the loss nan or inf.
import numpy as np


def smoothed_cross_entropy(logits, labels, eps):
    z = logits.astype(np.float64)
    n, k = z.shape
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    target = np.full((n, k), eps / k)
    target[np.arange(n), labels] += 1.0 - eps
    return float(-(target * np.log(p)).sum() / n)
