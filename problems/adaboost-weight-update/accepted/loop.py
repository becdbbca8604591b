# Plain loops.
import math

import numpy as np


def adaboost_update(weights, y, h):
    w, ys, hs = weights.tolist(), y.tolist(), h.tolist()
    total = math.fsum(w)
    eps = math.fsum(wi for wi, a, b in zip(w, ys, hs) if a != b) / total
    if eps >= 0.5:
        return 0.0, np.array([wi / total for wi in w])
    eps = max(eps, 1e-10)
    alpha = 0.5 * math.log((1 - eps) / eps)
    new = [wi * math.exp(-alpha * a * b) for wi, a, b in zip(w, ys, hs)]
    s = math.fsum(new)
    return alpha, np.array([v / s for v in new])
