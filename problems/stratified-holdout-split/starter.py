import numpy as np


def stratified_split(y: np.ndarray, test_percent: int, seed: int):
    # Return (train_idx, test_idx), both sorted ascending, following the stated procedure.
    raise NotImplementedError
