import numpy as np


def expected_calibration_error(probs: np.ndarray, labels: np.ndarray, n_bins: int) -> float:
    # Equal-width bins [k/M, (k+1)/M) on [0, 1] (the last one also holds 1.0);
    # sum over non-empty bins of (n_b / n) * |fraction of 1s - mean probability|.
    raise NotImplementedError
