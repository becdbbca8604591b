import numpy as np


def clip_by_global_norm(grads, max_norm):
    squares = 0.0
    for g in grads:
        g64 = np.asarray(g, dtype=np.float64)
        squares += float(np.sum(g64 * g64))
    total = float(np.sqrt(squares))
    if total > max_norm:
        scale = max_norm / (total + 1e-6)
        return [np.asarray(g, dtype=np.float64) * scale for g in grads], total
    return [np.array(g, dtype=np.float64) for g in grads], total
