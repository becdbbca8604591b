# verdict: Wrong Answer
# Clips when total_norm >= max_norm: a total exactly at the cap gets scaled by
# max_norm / (max_norm + 1e-6).
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g.astype(np.float64) ** 2) for g in grads)))
    if total >= max_norm:
        scale = max_norm / (total + 1e-6)
        return [g.astype(np.float64) * scale for g in grads], total
    return [g.astype(np.float64) for g in grads], total
