import numpy as np


def revenue_per_visit_ci(revenue: np.ndarray, visits: np.ndarray, n_boot: int,
                         confidence: float, seed: int) -> dict:
    # revenue is a float64 array and visits an int64 array (the statement guarantees both):
    # integer sums of visits are exact, and dividing them gives float64.
    n = len(revenue)
    rng = np.random.default_rng(seed)
    ratios = np.empty(n_boot)
    for b in range(n_boot):
        idx = rng.integers(0, n, size=n)
        ratios[b] = revenue[idx].sum() / visits[idx].sum()
    tail = (1.0 - confidence) / 2.0
    return {"ratio": float(revenue.sum() / visits.sum()),
            "lower": float(np.quantile(ratios, tail)),
            "upper": float(np.quantile(ratios, 1.0 - tail))}
