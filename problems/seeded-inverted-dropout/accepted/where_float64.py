# np.where on the mask, computed and returned in float64.
import numpy as np


def dropout_pass(x, dY, p, seed, training):
    x = np.asarray(x, dtype=np.float64)
    dY = np.asarray(dY, dtype=np.float64)
    if not training:
        return x.copy(), dY.copy()
    rng = np.random.default_rng(seed)
    keep = rng.random(x.shape) >= p
    scale = 1.0 / (1.0 - p)
    return np.where(keep, x * scale, 0.0), np.where(keep, dY * scale, 0.0)
