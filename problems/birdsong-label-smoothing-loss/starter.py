import numpy as np


def smoothed_cross_entropy(logits: np.ndarray, labels: np.ndarray, eps: float) -> float:
    # Return the mean label-smoothed cross-entropy of the rows.
    raise NotImplementedError
