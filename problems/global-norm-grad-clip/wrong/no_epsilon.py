# verdict: Wrong Answer
# Leaves out the 1e-6 in the factor: scale = max_norm / total_norm.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g.astype(np.float64) ** 2) for g in grads)))
    if total > max_norm:
        return [g.astype(np.float64) * (max_norm / total) for g in grads], total
    return [g.astype(np.float64) for g in grads], total
