import math

import numpy as np


def welch_mean_diff_ci(a: np.ndarray, b: np.ndarray, confidence: float) -> dict[str, float]:
    # Return {"diff", "se", "df", "t_crit", "lower", "upper"}; t_crit is a Student-t quantile.
    diff = float(np.mean(b) - np.mean(a))
    raise NotImplementedError(f"diff = {diff}, lgamma(0.5) = {math.lgamma(0.5)}")
