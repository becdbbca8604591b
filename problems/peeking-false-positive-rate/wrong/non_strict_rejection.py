# verdict: Wrong Answer
# Rejects when |z| >= z_crit: the statement's test is strict, and a look whose |z| equals z_crit
# exactly does not reject.
from statistics import NormalDist
import numpy as np
def peeking_simulation(n_sims, n_per_look, n_looks, alpha, seed):
    rng = np.random.default_rng(seed)
    data = rng.standard_normal(size=(n_sims, 2, n_looks * n_per_look))
    z_crit = NormalDist().inv_cdf(1 - alpha / 2)
    sizes = n_per_look * np.arange(1, n_looks + 1)
    t = data[:, 1, :].cumsum(axis=1)[:, sizes - 1] / sizes
    c = data[:, 0, :].cumsum(axis=1)[:, sizes - 1] / sizes
    rejects = np.abs((t - c) / np.sqrt(2.0 / sizes)) >= z_crit
    return {"cumulative_fpr": np.maximum.accumulate(rejects, axis=1).mean(axis=0), "per_look_fpr": rejects.mean(axis=0)}
