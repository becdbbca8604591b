import numpy as np


def clip_by_global_norm(grads, max_norm):
    # One concatenated vector (norm by a float64 dot product); scale in float32.
    if not grads:
        return [], 0.0
    flat = np.concatenate([g.ravel() for g in grads])
    total = float(np.sqrt(np.dot(flat.astype(np.float64), flat.astype(np.float64))))
    if total <= max_norm:
        return [g.copy() for g in grads], total
    scale = np.float32(max_norm / (total + 1e-6))
    return [g * scale for g in grads], total
