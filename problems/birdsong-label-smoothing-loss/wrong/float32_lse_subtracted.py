# verdict: Wrong Answer
# Computes lse = max + log(sum exp(z − max)) in float32 and then log_p = z − lse: near
# |z| = 10⁴ the float32 rounding of lse (about 10⁻³) swamps a loss of order 1.
import numpy as np


def smoothed_cross_entropy(logits, labels, eps):
    n, k = logits.shape
    top = logits.max(axis=1, keepdims=True)
    lse = top + np.log(np.exp(logits - top).sum(axis=1, keepdims=True))
    log_p = (logits - lse).astype(np.float64)
    target = np.full((n, k), eps / k)
    target[np.arange(n), labels] += 1.0 - eps
    return float(-(target * log_p).sum() / n)
