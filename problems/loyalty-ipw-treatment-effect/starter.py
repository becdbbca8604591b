import numpy as np


def ipw_ate(treatment: np.ndarray, y: np.ndarray, propensity: np.ndarray, clip: float,
            normalized: bool) -> float:
    # clip the scores, weight members by 1/e and non-members by 1/(1 - e)
    raise NotImplementedError
