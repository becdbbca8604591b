import math

import numpy as np


def _count(d, max_features):
    if max_features == "sqrt":
        return math.isqrt(d)  # d >= 1, so this is already at least 1
    if max_features == "log2":
        return max(1, d.bit_length() - 1)
    return max_features


def forest_split_features(d, n_trees, n_nodes, max_features, seed):
    m = _count(d, max_features)
    rng = np.random.default_rng(seed)
    out = np.empty((n_trees, n_nodes, m), dtype=np.int64)
    for t in range(n_trees):
        for s in range(n_nodes):
            out[t, s] = rng.choice(d, size=m, replace=False)
    return out
