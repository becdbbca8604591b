import numpy as np


def forest_split_features(d: int, n_trees: int, n_nodes: int, max_features: int | str,
                          seed: int) -> np.ndarray:
    raise NotImplementedError
