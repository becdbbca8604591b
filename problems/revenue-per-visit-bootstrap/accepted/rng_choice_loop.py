import numpy as np


def revenue_per_visit_ci(revenue, visits, n_boot, confidence, seed):
    rng = np.random.default_rng(seed)
    users = np.arange(len(revenue))
    reps = []
    for _ in range(n_boot):
        pick = rng.choice(users, size=len(users), replace=True)
        reps.append(float(np.sum(revenue[pick])) / float(np.sum(visits[pick])))
    alpha = 1 - confidence
    return {"ratio": float(np.sum(revenue)) / float(np.sum(visits)),
            "lower": float(np.quantile(reps, alpha / 2)),
            "upper": float(np.quantile(reps, 1 - alpha / 2))}
