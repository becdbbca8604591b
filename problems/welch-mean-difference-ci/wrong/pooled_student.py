# verdict: Wrong Answer
# Student's interval: pooled variance and n_a + n_b - 2 degrees of freedom (t quantile by
# integrating the density on a fine grid).
import math

import numpy as np


def _t_quantile(p, df):
    grid = np.linspace(0, 2000, 4_000_001)
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    density = np.exp(log_c - (df + 1) / 2 * np.log1p(grid**2 / df))
    steps = (density[1:] + density[:-1]) / 2 * (grid[1] - grid[0])
    cdf = 0.5 + np.concatenate([[0.0], np.cumsum(steps)])
    return float(np.interp(p, cdf, grid))


def welch_mean_diff_ci(a, b, confidence):
    n_a, n_b = len(a), len(b)
    pooled = ((n_a - 1) * np.var(a, ddof=1) + (n_b - 1) * np.var(b, ddof=1)) / (n_a + n_b - 2)
    se = math.sqrt(pooled * (1 / n_a + 1 / n_b))
    df = n_a + n_b - 2
    crit = _t_quantile((1 + confidence) / 2, df)
    diff = float(np.mean(b) - np.mean(a))
    return {"diff": diff, "se": se, "df": float(df), "t_crit": crit,
            "lower": diff - crit * se, "upper": diff + crit * se}
