# verdict: Wrong Answer
# Rounds z_crit to 2 decimals (1.96, 2.58): looks whose |z| falls between the two disagree.
from statistics import NormalDist
import numpy as np
def peeking_simulation(n_sims, n_per_look, n_looks, alpha, seed):
    rng = np.random.default_rng(seed)
    data = rng.standard_normal(size=(n_sims, 2, n_looks * n_per_look))
    z_crit = round(NormalDist().inv_cdf(1 - alpha / 2), 2)
    sizes = n_per_look * np.arange(1, n_looks + 1)
    diff = (data[:, 1, :] - data[:, 0, :]).cumsum(axis=1)[:, sizes - 1] / sizes
    rejects = np.abs(diff / np.sqrt(2.0 / sizes)) > z_crit
    return {"cumulative_fpr": np.maximum.accumulate(rejects, axis=1).mean(axis=0), "per_look_fpr": rejects.mean(axis=0)}
