import numpy as np


def diff_in_diff(unit: np.ndarray, treated: np.ndarray, post: np.ndarray,
                 y: np.ndarray) -> float | None:
    y = np.asarray(y, dtype=float)
    is_treated = np.asarray(treated) == 1
    is_post = np.asarray(post) == 1
    means = {}
    for group in (False, True):
        for period in (False, True):
            cell = y[(is_treated == group) & (is_post == period)]
            if cell.size == 0:
                return None
            means[group, period] = cell.mean()
    treated_change = means[True, True] - means[True, False]
    control_change = means[False, True] - means[False, False]
    return float(treated_change - control_change)
