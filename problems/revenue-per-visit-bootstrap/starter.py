import numpy as np


def revenue_per_visit_ci(revenue: np.ndarray, visits: np.ndarray, n_boot: int,
                         confidence: float, seed: int) -> dict:
    raise NotImplementedError
