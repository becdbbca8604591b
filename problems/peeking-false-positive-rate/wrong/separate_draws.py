# verdict: Wrong Answer
# Draws control and treatment with two separate calls instead of one (n_sims, 2, N) call,
# so the simulated data differ from the stated procedure.
from statistics import NormalDist

import numpy as np


def peeking_simulation(n_sims, n_per_look, n_looks, alpha, seed):
    rng = np.random.default_rng(seed)
    n = n_looks * n_per_look
    control = rng.standard_normal(size=(n_sims, n))
    treatment = rng.standard_normal(size=(n_sims, n))
    z_crit = NormalDist().inv_cdf(1 - alpha / 2)
    rejects = []
    for k in range(1, n_looks + 1):
        m = k * n_per_look
        z = (treatment[:, :m].mean(axis=1) - control[:, :m].mean(axis=1)) / np.sqrt(2 / m)
        rejects.append(np.abs(z) > z_crit)
    rejects = np.array(rejects).T
    return {"cumulative_fpr": np.logical_or.accumulate(rejects, axis=1).mean(axis=0),
            "per_look_fpr": rejects.mean(axis=0)}
