import numpy as np


def adaboost_update(weights: np.ndarray, y: np.ndarray, h: np.ndarray) -> tuple[float, np.ndarray]:
    # Return (alpha, new_weights) for one round of discrete AdaBoost; new_weights sum to 1.
    raise NotImplementedError
