# The textbook shortcut: after the update the mistakes share half of the mass and the rest
# the other half, i.e. multiply by 1 / (2 eps) or 1 / (2 (1 - eps)). With the floor on eps the
# halves no longer add to exactly 1, so normalise at the end.
import math

import numpy as np


def adaboost_update(weights, y, h):
    total = float(weights.sum())
    wrong = y != h
    eps = float(weights[wrong].sum()) / total
    if eps >= 0.5:
        return 0.0, weights / total
    eps = max(eps, 1e-10)
    alpha = 0.5 * math.log((1 - eps) / eps)
    new = np.where(wrong, weights / total / (2 * eps), weights / total / (2 * (1 - eps)))
    return alpha, new / new.sum()
