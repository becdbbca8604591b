import numpy as np


def clip_by_global_norm(grads, max_norm):
    # Sums of squares in float32 (numpy's pairwise summation keeps them accurate enough).
    squares = np.float32(0.0)
    for g in grads:
        squares += np.sum(g * g)
    total = float(np.sqrt(squares))
    if total > max_norm:
        return [g * np.float32(max_norm / (total + 1e-6)) for g in grads], total
    return [g.copy() for g in grads], total
