# verdict: Wrong Answer
import math

import numpy as np


def forest_split_features(d, n_trees, n_nodes, max_features, seed):
    if max_features == "sqrt":
        m = max(1, math.isqrt(d))
    elif max_features == "log2":
        m = max(1, int(math.log2(d)))
    else:
        m = max_features
    rng = np.random.default_rng(seed)
    # right numbers, but with n_nodes = 0 the array collapses to shape (n_trees, 0)
    return np.array([[rng.choice(d, size=m, replace=False) for _ in range(n_nodes)]
                     for _ in range(n_trees)])
