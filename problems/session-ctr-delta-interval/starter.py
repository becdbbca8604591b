from statistics import NormalDist

import numpy as np


def session_ctr_interval(sessions_control: np.ndarray, clicked_control: np.ndarray,
                         sessions_treatment: np.ndarray, clicked_treatment: np.ndarray,
                         level: float) -> dict:
    # Return {"ratio_control", "ratio_treatment", "difference", "std_error", "lower", "upper"}.
    raise NotImplementedError(f"{NormalDist().inv_cdf(0.975)} {np.zeros(1)}")
