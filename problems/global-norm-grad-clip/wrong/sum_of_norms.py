# verdict: Wrong Answer
# Adds the per-array norms instead of taking the square root of the summed squares.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = float(sum(np.linalg.norm(g.astype(np.float64)) for g in grads))
    if total > max_norm:
        scale = max_norm / (total + 1e-6)
        return [g.astype(np.float64) * scale for g in grads], total
    return [g.astype(np.float64) for g in grads], total
