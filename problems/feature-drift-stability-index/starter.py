import numpy as np


def population_stability_index(reference: np.ndarray, current: np.ndarray, n_bins: int) -> float:
    # Equal-width bins over [min, max] of the reference (outer bins open-ended),
    # proportions floored at 1e-4, PSI = sum (cur - ref) * ln(cur / ref).
    raise NotImplementedError
