import numpy as np


def kfold_indices(n: int, k: int, shuffle: bool,
                  seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    # Return [(train_idx, test_idx), ...] for the k folds, each array sorted ascending.
    raise NotImplementedError
