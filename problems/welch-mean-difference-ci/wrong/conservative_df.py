# verdict: Wrong Answer
# Uses the conservative df = min(n_a, n_b) - 1 instead of the Welch-Satterthwaite df.
import math

import numpy as np


def _upper_tail(t, df, steps=200_000):
    # P(T > t) = 1/2 - integral of the density from 0 to t (Simpson's rule)
    grid = np.linspace(0.0, t, 2 * steps + 1)
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    f = np.exp(log_c - (df + 1) / 2 * np.log1p(grid**2 / df))
    h = t / (2 * steps)
    return 0.5 - h / 3 * (f[0] + f[-1] + 4 * f[1:-1:2].sum() + 2 * f[2:-1:2].sum())


def welch_mean_diff_ci(a, b, confidence):
    v_a = np.var(a, ddof=1) / len(a)
    v_b = np.var(b, ddof=1) / len(b)
    se = math.sqrt(v_a + v_b)
    df = min(len(a), len(b)) - 1
    low, high = 0.0, 1.0
    while _upper_tail(high, df) > (1 - confidence) / 2:
        low, high = high, high * 2
    for _ in range(60):
        mid = (low + high) / 2
        low, high = (mid, high) if _upper_tail(mid, df) > (1 - confidence) / 2 else (low, mid)
    crit = (low + high) / 2
    diff = float(np.mean(b) - np.mean(a))
    return {"diff": diff, "se": se, "df": float(df), "t_crit": crit,
            "lower": diff - crit * se, "upper": diff + crit * se}
