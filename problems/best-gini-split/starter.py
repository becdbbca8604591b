import numpy as np


def best_split(X: np.ndarray, y: np.ndarray) -> tuple[int, float, float]:
    # Return (feature, threshold, weighted Gini impurity of the two children) of the best
    # split "X[:, feature] <= threshold", or (-1, nan, nan) when no split exists.
    raise NotImplementedError
