import numpy as np


def diff_in_diff(unit: np.ndarray, treated: np.ndarray, post: np.ndarray,
                 y: np.ndarray) -> float | None:
    # mean of each (group, period) cell, then the difference of the two changes
    raise NotImplementedError
