# verdict: Wrong Answer
# Uses alpha(t) = 1 - Phi(Phi^{-1}(1 - alpha) / sqrt(t)) instead of
# 2 - 2 Phi(Phi^{-1}(1 - alpha/2) / sqrt(t)): it also spends alpha at t = 1, but a different
# amount at every interim look (the recursion itself is right).
import math
from statistics import NormalDist

import numpy as np


def _q(x):
    return np.array([0.5 * math.erfc(v / math.sqrt(2.0)) for v in np.ravel(x)])


def efficacy_bounds(fractions, alpha):
    t = [float(v) for v in fractions]
    c = NormalDist().inv_cdf(1 - alpha)
    spent = [0.5 * math.erfc(c / math.sqrt(2 * tk)) for tk in t]
    z = [-NormalDist().inv_cdf(spent[0])]
    grid = np.linspace(-8.0, z[0], 1601)
    dens = np.exp(-grid ** 2 / 2) / math.sqrt(2 * math.pi)
    for k in range(1, len(t)):
        r = math.sqrt(t[k - 1] / t[k])
        sd = math.sqrt(1 - t[k - 1] / t[k])
        w = np.full(grid.size, grid[1] - grid[0])
        w[0] = w[-1] = w[0] / 2
        m = dens * w
        lo, hi = -10.0, 40.0
        for _ in range(60):
            mid = (lo + hi) / 2
            if m @ _q((mid - r * grid) / sd) > spent[k] - spent[k - 1]:
                lo = mid
            else:
                hi = mid
        z.append((lo + hi) / 2)
        new = np.linspace(-8.0, z[-1], 1601)
        dens = np.exp(-0.5 * ((new[:, None] - r * grid[None, :]) / sd) ** 2) @ m / (sd * math.sqrt(2 * math.pi))
        grid = new
    return z
