# verdict: Wrong Answer
import math

import numpy as np


def forest_split_features(d, n_trees, n_nodes, max_features, seed):
    if max_features == "sqrt":
        m = math.isqrt(d)
    elif max_features == "log2":
        m = int(math.log2(d))                       # d = 1 gives 0 features
    else:
        m = max_features
    rng = np.random.default_rng(seed)
    out = np.empty((n_trees, n_nodes, m), dtype=np.int64)
    for t in range(n_trees):
        for s in range(n_nodes):
            out[t, s] = rng.choice(d, size=m, replace=False)
    return out
