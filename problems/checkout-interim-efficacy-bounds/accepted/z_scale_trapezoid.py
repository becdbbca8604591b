import math

import numpy as np


def _phi_cdf_upper(x):
    return 0.5 * np.vectorize(math.erfc)(np.asarray(x) / math.sqrt(2.0))


def _inv_upper(p):
    # Bisection on the upper tail: the z with P(Z > z) = p.
    lo, hi = -10.0, 40.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if 0.5 * math.erfc(mid / math.sqrt(2.0)) > p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def efficacy_bounds(fractions, alpha):
    t = np.asarray(fractions, dtype=float)
    c = _inv_upper(alpha / 2)
    spend = 2.0 * _phi_cdf_upper(c / np.sqrt(t))
    inc = np.diff(np.concatenate([[0.0], spend]))
    z = [_inv_upper(inc[0])]
    # density of Z_1 on the continuation region, trapezoid grid on the z scale
    grid = np.linspace(-8.0, z[0], 1201)
    dens = np.exp(-grid ** 2 / 2) / math.sqrt(2 * math.pi)
    for k in range(1, len(t)):
        r = math.sqrt(t[k - 1] / t[k])
        sd = math.sqrt(1.0 - t[k - 1] / t[k])
        wts = np.full(grid.size, grid[1] - grid[0])
        wts[0] = wts[-1] = wts[0] / 2
        m = dens * wts

        def cross(b):
            return m @ _phi_cdf_upper((b - r * grid) / sd)

        lo, hi = -10.0, 40.0
        for _ in range(60):
            mid = (lo + hi) / 2
            if cross(mid) > inc[k]:
                lo = mid
            else:
                hi = mid
        zk = (lo + hi) / 2
        z.append(zk)
        new = np.linspace(-8.0, zk, 1201)
        kern = np.exp(-0.5 * ((new[:, None] - r * grid[None, :]) / sd) ** 2) / (sd * math.sqrt(2 * math.pi))
        dens = kern @ m
        grid = new
    return [float(v) for v in z]
