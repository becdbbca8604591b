# verdict: Wrong Answer
# Exponentiates the raw logits: exp(1000) overflows to inf, and the loss and gradient come
# out as nan or inf on large logits.
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = len(labels)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        e = np.exp(logits)
        p = e / e.sum(axis=1, keepdims=True)
        loss = float(-np.log(p[np.arange(n), labels]).mean())
    grad = p.copy()
    grad[np.arange(n), labels] -= 1.0
    return loss, grad / n
