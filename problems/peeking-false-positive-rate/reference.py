from statistics import NormalDist

import numpy as np


def peeking_simulation(n_sims: int, n_per_look: int, n_looks: int, alpha: float,
                       seed: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    data = rng.standard_normal(size=(n_sims, 2, n_looks * n_per_look))
    z_crit = NormalDist().inv_cdf(1 - alpha / 2)
    sizes = n_per_look * np.arange(1, n_looks + 1)
    treatment = data[:, 1, :].cumsum(axis=1)[:, sizes - 1] / sizes
    control = data[:, 0, :].cumsum(axis=1)[:, sizes - 1] / sizes
    z = (treatment - control) / np.sqrt(2.0 / sizes)
    rejects = np.abs(z) > z_crit
    ever = np.logical_or.accumulate(rejects, axis=1)
    return {"cumulative_fpr": ever.mean(axis=0), "per_look_fpr": rejects.mean(axis=0)}
