# verdict: Wrong Answer
# A Pocock-like design: one constant boundary for every look, calibrated so that the overall
# probability of ever crossing under H0 is alpha (no spending function at all).
import math

import numpy as np


def _q(x):
    return np.array([0.5 * math.erfc(v / math.sqrt(2.0)) for v in np.ravel(x)])


def _total_crossing(t, b):
    grid = np.linspace(-8.0, b, 801)
    dens = np.exp(-grid ** 2 / 2) / math.sqrt(2 * math.pi)
    total = 0.5 * math.erfc(b / math.sqrt(2))
    for k in range(1, len(t)):
        r = math.sqrt(t[k - 1] / t[k])
        sd = math.sqrt(1 - t[k - 1] / t[k])
        w = np.full(grid.size, grid[1] - grid[0])
        w[0] = w[-1] = w[0] / 2
        m = dens * w
        total += m @ _q((b - r * grid) / sd)
        dens = np.exp(-0.5 * ((grid[:, None] - r * grid[None, :]) / sd) ** 2) @ m / (sd * math.sqrt(2 * math.pi))
    return total


def efficacy_bounds(fractions, alpha):
    t = [float(v) for v in fractions]
    lo, hi = 0.0, 8.0
    for _ in range(40):
        mid = (lo + hi) / 2
        if _total_crossing(t, mid) > alpha:
            lo = mid
        else:
            hi = mid
    return [(lo + hi) / 2] * len(t)
