# verdict: Wrong Answer
# Creates the generator inside the loop, so every replicate redraws the same users and the
# interval collapses to a single value.
import numpy as np


def revenue_per_visit_ci(revenue, visits, n_boot, confidence, seed):
    revenue = np.asarray(revenue, float)
    visits = np.asarray(visits, float)
    n = len(revenue)
    stats = np.empty(n_boot)
    for b in range(n_boot):
        rng = np.random.default_rng(seed)
        idx = rng.integers(0, n, size=n)
        stats[b] = revenue[idx].sum() / visits[idx].sum()
    tail = (1 - confidence) / 2
    return {"ratio": float(revenue.sum() / visits.sum()), "lower": float(np.quantile(stats, tail)),
            "upper": float(np.quantile(stats, 1 - tail))}
