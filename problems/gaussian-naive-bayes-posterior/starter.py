import numpy as np


def gaussian_nb(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray,
                var_smoothing: float):
    # Return (labels, proba) of a Gaussian naive Bayes model fitted on (X_train, y_train).
    raise NotImplementedError
