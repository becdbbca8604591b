import numpy as np


def rank_sum_test(x: np.ndarray, y: np.ndarray, continuity: bool) -> dict[str, float]:
    # Return {"u": ..., "z": ..., "p_value": ...} for the first sample x.
    raise NotImplementedError
