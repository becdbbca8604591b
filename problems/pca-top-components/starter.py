import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # Return (components (k, d), explained variance (k,), explained variance ratio (k,)) of the
    # centred data, sample covariance (ddof = 1), largest absolute entry of each component
    # positive.
    raise NotImplementedError
