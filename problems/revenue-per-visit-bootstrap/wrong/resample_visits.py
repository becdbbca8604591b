# verdict: Wrong Answer
# Treats visits as the independent units: every visit carries its user's revenue per visit,
# and the bootstrap resamples visits instead of users (too narrow an interval).
import numpy as np


def revenue_per_visit_ci(revenue, visits, n_boot, confidence, seed):
    revenue = np.asarray(revenue, float)
    visits = np.asarray(visits)
    per_visit = np.repeat(revenue / visits, visits)
    m = len(per_visit)
    rng = np.random.default_rng(seed)
    stats = np.array([per_visit[rng.integers(0, m, size=m)].mean() for _ in range(n_boot)])
    tail = (1 - confidence) / 2
    return {"ratio": float(revenue.sum() / visits.sum()), "lower": float(np.quantile(stats, tail)),
            "upper": float(np.quantile(stats, 1 - tail))}
