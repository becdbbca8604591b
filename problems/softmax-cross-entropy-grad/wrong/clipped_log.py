# verdict: Wrong Answer
# Takes the log of the clipped probability, log(clip(p, 1e-15, 1)): the loss of a confidently
# wrong row is capped near 34.5.
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = len(logits)
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    rows = np.arange(n)
    loss = float(-np.log(np.clip(p[rows, labels], 1e-15, 1.0)).mean())
    grad = p.copy()
    grad[rows, labels] -= 1
    return loss, grad / n
