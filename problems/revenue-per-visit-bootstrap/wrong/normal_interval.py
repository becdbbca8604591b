# verdict: Wrong Answer
# Uses the bootstrap only for a standard error and reports ratio -/+ z * se (a normal
# approximation) instead of the percentile interval.
from statistics import NormalDist

import numpy as np


def revenue_per_visit_ci(revenue, visits, n_boot, confidence, seed):
    revenue = np.asarray(revenue, float)
    visits = np.asarray(visits, float)
    n = len(revenue)
    rng = np.random.default_rng(seed)
    stats = np.empty(n_boot)
    for b in range(n_boot):
        idx = rng.integers(0, n, size=n)
        stats[b] = revenue[idx].sum() / visits[idx].sum()
    ratio = revenue.sum() / visits.sum()
    se = stats.std(ddof=1) if n_boot > 1 else 0.0
    z = NormalDist().inv_cdf((1 + confidence) / 2)
    return {"ratio": float(ratio), "lower": float(ratio - z * se), "upper": float(ratio + z * se)}
