# verdict: Wrong Answer
# Reads the interval off the sorted replicates at int(tail * B) and int((1 - tail) * B)
# instead of numpy's linear-interpolation quantile.
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
    stats.sort()
    tail = (1 - confidence) / 2
    lo = stats[int(tail * n_boot)]
    hi = stats[min(n_boot - 1, int((1 - tail) * n_boot))]
    return {"ratio": float(revenue.sum() / visits.sum()), "lower": float(lo), "upper": float(hi)}
