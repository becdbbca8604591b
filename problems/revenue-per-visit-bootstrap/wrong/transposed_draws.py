# verdict: Wrong Answer
# Draws all indices at once but in the shape (n, n_boot) and takes replicate b from column b:
# the same generator calls in a different order give different replicates.
import numpy as np


def revenue_per_visit_ci(revenue, visits, n_boot, confidence, seed):
    revenue = np.asarray(revenue, float)
    visits = np.asarray(visits, float)
    n = len(revenue)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n, n_boot))
    stats = revenue[idx].sum(axis=0) / visits[idx].sum(axis=0)
    tail = (1 - confidence) / 2
    return {"ratio": float(revenue.sum() / visits.sum()), "lower": float(np.quantile(stats, tail)),
            "upper": float(np.quantile(stats, 1 - tail))}
