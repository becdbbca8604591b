import numpy as np


def revenue_per_visit_ci(revenue, visits, n_boot, confidence, seed):
    revenue = np.asarray(revenue, dtype=float)
    visits = np.asarray(visits, dtype=float)
    n = revenue.size
    idx = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))
    # how often each user appears in each replicate
    counts = np.zeros((n_boot, n))
    np.add.at(counts, (np.repeat(np.arange(n_boot), n), idx.ravel()), 1.0)
    ratios = (counts @ revenue) / (counts @ visits)
    lo, hi = np.quantile(ratios, [(1 - confidence) / 2, (1 + confidence) / 2])
    return {"ratio": float(revenue.sum() / visits.sum()), "lower": float(lo), "upper": float(hi)}
