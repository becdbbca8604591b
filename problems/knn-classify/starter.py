import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray,
                k: int) -> tuple[np.ndarray, np.ndarray]:
    # Return (labels, proba): the majority label of the k nearest training rows of each
    # test row, and the fraction of those k neighbours in each class.
    raise NotImplementedError
