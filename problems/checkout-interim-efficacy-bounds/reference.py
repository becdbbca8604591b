import math
from statistics import NormalDist

import numpy as np


def _upper_tail(x: np.ndarray) -> np.ndarray:
    """P(N(0, 1) > x), elementwise, accurate far into the tail."""
    return np.array([0.5 * math.erfc(v / math.sqrt(2.0)) for v in x.tolist()])


def _simpson(lo: float, hi: float, step: float) -> tuple[np.ndarray, np.ndarray]:
    """Simpson's-rule nodes and weights on [lo, hi] with spacing at most step."""
    n = 2 * math.ceil((hi - lo) / (2 * step))
    x = np.linspace(lo, hi, n + 1)
    w = np.full(n + 1, 2.0)
    w[1::2] = 4.0
    w[0] = w[-1] = 1.0
    return x, w * (hi - lo) / (3 * n)


def efficacy_bounds(fractions: list[float], alpha: float) -> list[float]:
    t = [float(v) for v in fractions]
    c = NormalDist().inv_cdf(1.0 - alpha / 2.0)
    spent = [math.erfc(c / math.sqrt(2.0 * tk)) for tk in t]
    bounds = [-NormalDist().inv_cdf(spent[0])]
    # Work with the score S_k = Z_k * sqrt(t_k): independent N(0, t_k - t_{k-1}) increments.
    gaps = [b - a for a, b in zip(t, t[1:])]
    step = min([0.05] + [math.sqrt(g) / 16.0 for g in gaps])
    u, w = _simpson(-10.0, bounds[0] * math.sqrt(t[0]), step)
    mass = w * np.exp(-u * u / (2.0 * t[0])) / math.sqrt(2.0 * math.pi * t[0])
    for k in range(1, len(t)):
        sd = math.sqrt(gaps[k - 1])
        target = spent[k] - spent[k - 1]
        lo, hi = -10.0, 20.0
        for _ in range(60):
            mid = (lo + hi) / 2.0
            if mass @ _upper_tail((mid - u) / sd) > target:
                lo = mid
            else:
                hi = mid
        b = (lo + hi) / 2.0
        bounds.append(b / math.sqrt(t[k]))
        if k + 1 < len(t):
            s, ws = _simpson(-10.0, b, step)
            kernel = np.exp(-0.5 * ((s[:, None] - u[None, :]) / sd) ** 2) / (sd * math.sqrt(2.0 * math.pi))
            mass = ws * (kernel @ mass)
            u = s
    return bounds
