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
    out = np.empty((n_trees, n_nodes, m), dtype=np.int64)
    for t in range(n_trees):
        for s in range(n_nodes):
            out[t, s] = rng.permutation(d)[:m]
    return out
