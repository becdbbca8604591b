import numpy as np


def bagged_centroid_votes(X_train: np.ndarray, y_train: np.ndarray, boot: np.ndarray,
                          X_test: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    raise NotImplementedError
