import numpy as np


def forest_split_features(d, n_trees, n_nodes, max_features, seed):
    if isinstance(max_features, str):
        f = np.sqrt if max_features == "sqrt" else np.log2
        m = max(1, int(np.floor(f(d))))
    else:
        m = int(max_features)
    rng = np.random.default_rng(seed)
    rows = [rng.choice(d, size=m, replace=False) for _ in range(n_trees * n_nodes)]
    flat = np.array(rows, dtype=np.int64).reshape(n_trees * n_nodes, m)
    return flat.reshape(n_trees, n_nodes, m)
