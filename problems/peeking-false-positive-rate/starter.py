from statistics import NormalDist

import numpy as np


def peeking_simulation(n_sims: int, n_per_look: int, n_looks: int, alpha: float,
                       seed: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    z_crit = NormalDist().inv_cdf(1 - alpha / 2)
    # data = rng.standard_normal(size=(n_sims, 2, n_looks * n_per_look)) in one call
    raise NotImplementedError(f"{rng}, {z_crit}")
