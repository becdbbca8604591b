# verdict: Wrong Answer
# Returns the norm of the gradients after clipping instead of the total norm before it.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g.astype(np.float64) ** 2) for g in grads)))
    if total > max_norm:
        scale = max_norm / (total + 1e-6)
        return [g.astype(np.float64) * scale for g in grads], total * scale
    return [g.astype(np.float64) for g in grads], total
