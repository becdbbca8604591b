import numpy as np


def best_sse_split(X: np.ndarray, y: np.ndarray) -> tuple[int, float, float] | None:
    # Return (feature, threshold, gain) of the split "X[:, feature] <= threshold" that
    # removes the most squared error, or None when no split exists.
    raise NotImplementedError
