# verdict: Wrong Answer
# Compares |z| with the one-sided critical value Phi_inv(1 - alpha), doubling the error rate.
from statistics import NormalDist

import numpy as np


def peeking_simulation(n_sims, n_per_look, n_looks, alpha, seed):
    rng = np.random.default_rng(seed)
    data = rng.standard_normal(size=(n_sims, 2, n_looks * n_per_look))
    z_crit = NormalDist().inv_cdf(1 - alpha)
    rejects = []
    for k in range(1, n_looks + 1):
        m = k * n_per_look
        z = (data[:, 1, :m].mean(axis=1) - data[:, 0, :m].mean(axis=1)) / np.sqrt(2 / m)
        rejects.append(np.abs(z) > z_crit)
    rejects = np.array(rejects).T
    return {"cumulative_fpr": np.logical_or.accumulate(rejects, axis=1).mean(axis=0),
            "per_look_fpr": rejects.mean(axis=0)}
