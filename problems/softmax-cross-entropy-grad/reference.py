import numpy as np


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray):
    z = np.asarray(logits, dtype=float)
    labels = np.asarray(labels, dtype=np.int64)
    n = z.shape[0]
    shifted = z - z.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_p = shifted - log_norm
    rows = np.arange(n)
    loss = float(-log_p[rows, labels].mean())
    grad = np.exp(log_p)
    grad[rows, labels] -= 1.0
    return loss, grad / n
