# verdict: Wrong Answer
# Scales the caller's arrays in place (as a training loop would) and returns them: the values
# are right but the input has changed.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g.astype(np.float64) ** 2) for g in grads)))
    if total > max_norm:
        scale = np.float32(max_norm / (total + 1e-6))
        for g in grads:
            g *= scale
    return grads, total
