# verdict: Wrong Answer
# Bootstraps the mean of each user's own revenue per visit: every user weighs the same,
# however many visits they made.
import numpy as np


def revenue_per_visit_ci(revenue, visits, n_boot, confidence, seed):
    per_user = np.asarray(revenue, float) / np.asarray(visits, float)
    n = len(per_user)
    rng = np.random.default_rng(seed)
    stats = np.array([per_user[rng.integers(0, n, size=n)].mean() for _ in range(n_boot)])
    tail = (1 - confidence) / 2
    return {"ratio": float(per_user.mean()), "lower": float(np.quantile(stats, tail)),
            "upper": float(np.quantile(stats, 1 - tail))}
