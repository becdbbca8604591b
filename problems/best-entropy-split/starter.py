import numpy as np


def best_entropy_split(X: np.ndarray, y: np.ndarray) -> tuple[int, float, float]:
    # Return (feature, threshold, information gain in bits) of the split
    # "X[:, feature] <= threshold" with the largest gain, or (-1, nan, 0.0) if none exists.
    raise NotImplementedError
