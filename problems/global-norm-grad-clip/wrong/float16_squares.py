# verdict: Wrong Answer
# Squares in float16 to save memory: the squares of 1e-4 .. 1e-6 underflow and large values
# lose their precision, so the total norm is wrong.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(float(np.sum(g.astype(np.float16) ** 2)) for g in grads)))
    if total > max_norm:
        scale = max_norm / (total + 1e-6)
        return [g.astype(np.float64) * scale for g in grads], total
    return [g.astype(np.float64) for g in grads], total
