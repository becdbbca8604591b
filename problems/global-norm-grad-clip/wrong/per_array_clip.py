# verdict: Wrong Answer
# Clips every array by its own norm (as if each parameter had its own cap), so arrays that are
# each small enough are left alone even when their total is too large.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    out = []
    squares = 0.0
    for g in grads:
        g = g.astype(np.float64)
        norm = float(np.sqrt(np.sum(g * g)))
        squares += norm * norm
        out.append(g * (max_norm / (norm + 1e-6)) if norm > max_norm else g)
    return out, float(np.sqrt(squares))
