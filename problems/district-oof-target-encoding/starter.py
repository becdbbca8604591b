import numpy as np


def oof_target_encode(districts: list[str], targets: np.ndarray, folds: np.ndarray,
                      m: float) -> np.ndarray:
    # enc[i] = (S + m * prior) / (C + m) over the rows of the OTHER folds; prior = their mean.
    raise NotImplementedError
