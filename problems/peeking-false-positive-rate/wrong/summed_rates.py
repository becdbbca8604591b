# verdict: Wrong Answer
# Adds up the per-look rejection rates, counting a simulation again at every look that
# rejects, instead of counting simulations that reject at least once.
from statistics import NormalDist

import numpy as np


def peeking_simulation(n_sims, n_per_look, n_looks, alpha, seed):
    rng = np.random.default_rng(seed)
    data = rng.standard_normal(size=(n_sims, 2, n_looks * n_per_look))
    z_crit = NormalDist().inv_cdf(1 - alpha / 2)
    per_look = []
    for k in range(1, n_looks + 1):
        m = k * n_per_look
        z = (data[:, 1, :m].mean(axis=1) - data[:, 0, :m].mean(axis=1)) / np.sqrt(2 / m)
        per_look.append(float(np.mean(np.abs(z) > z_crit)))
    per_look = np.array(per_look)
    return {"cumulative_fpr": np.minimum(np.cumsum(per_look), 1.0), "per_look_fpr": per_look}
