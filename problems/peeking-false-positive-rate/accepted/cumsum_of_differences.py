# Another correct style: cumulative sums of the per-user differences, and
# np.maximum.accumulate for 'rejected at least once'.
from statistics import NormalDist
import numpy as np
def peeking_simulation(n_sims, n_per_look, n_looks, alpha, seed):
    rng = np.random.default_rng(seed)
    data = rng.standard_normal(size=(n_sims, 2, n_looks * n_per_look))
    z_crit = NormalDist().inv_cdf(1 - alpha / 2)
    sizes = n_per_look * np.arange(1, n_looks + 1)
    z = (data[:, 1, :] - data[:, 0, :]).cumsum(axis=1)[:, sizes - 1] / np.sqrt(2.0 * sizes)
    rejects = np.abs(z) > z_crit
    return {"cumulative_fpr": np.maximum.accumulate(rejects, axis=1).mean(axis=0), "per_look_fpr": rejects.mean(axis=0)}
