# verdict: Wrong Answer
# Always multiplies by min(1, max_norm / (total_norm + 1e-6)): that also scales totals that are
# at most max_norm but within 1e-6 of it, which the statement leaves unchanged.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g.astype(np.float64) ** 2) for g in grads)))
    scale = min(1.0, max_norm / (total + 1e-6))
    return [g.astype(np.float64) * scale for g in grads], total
