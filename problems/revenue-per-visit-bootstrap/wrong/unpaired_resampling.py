# verdict: Wrong Answer
# Resamples revenue and visits with separate draws, so a replicate pairs one user's revenue
# with another user's visits.
import numpy as np


def revenue_per_visit_ci(revenue, visits, n_boot, confidence, seed):
    revenue = np.asarray(revenue, float)
    visits = np.asarray(visits, float)
    n = len(revenue)
    rng = np.random.default_rng(seed)
    stats = np.empty(n_boot)
    for b in range(n_boot):
        stats[b] = revenue[rng.integers(0, n, size=n)].sum() / visits[rng.integers(0, n, size=n)].sum()
    tail = (1 - confidence) / 2
    return {"ratio": float(revenue.sum() / visits.sum()), "lower": float(np.quantile(stats, tail)),
            "upper": float(np.quantile(stats, 1 - tail))}
