# verdict: Wrong Answer
# Puts all of 1 - confidence in each tail (quantiles at 1 - confidence and confidence): a
# narrower interval than the two-sided equal-tailed one.
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
    return {"ratio": float(revenue.sum() / visits.sum()),
            "lower": float(np.quantile(stats, 1 - confidence)),
            "upper": float(np.quantile(stats, confidence))}
