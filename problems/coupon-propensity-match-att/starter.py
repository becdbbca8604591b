import numpy as np


def match_att(treatment: np.ndarray, propensity: np.ndarray, y: np.ndarray,
              caliper: float | None) -> float | None:
    # sort the controls by score, then find each treated customer's nearest control
    raise NotImplementedError
