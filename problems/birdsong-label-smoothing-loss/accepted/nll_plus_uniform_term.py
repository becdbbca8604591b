# Splits the loss into its two parts: (1 − eps)·NLL of the label plus eps·(mean over the K
# species of −log_p), with the log-sum-exp taken in float64.
import numpy as np


def smoothed_cross_entropy(logits, labels, eps):
    z = logits.astype(np.float64)
    n, k = z.shape
    top = z.max(axis=1, keepdims=True)
    lse = top + np.log(np.exp(z - top).sum(axis=1, keepdims=True))
    log_p = z - lse
    nll = -log_p[np.arange(n), labels].mean()
    uniform = -log_p.mean(axis=1).mean()
    return float((1.0 - eps) * nll + eps * uniform)
