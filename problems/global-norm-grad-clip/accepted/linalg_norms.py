import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    # The norm of the vector of per-array norms is the global norm.
    norms = [float(np.linalg.norm(g.astype(np.float64).ravel())) for g in grads]
    total = math.hypot(*norms) if norms else 0.0
    factor = max_norm / (total + 1e-6) if total > max_norm else 1.0
    return [g.astype(np.float64) * factor for g in grads], total
