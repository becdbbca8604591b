# verdict: Wrong Answer
# Follows the procedure but keeps the arrays' own dtype: a float32 group's mean is summed
# in float32 and loses digits (the statement says to convert to float64 first).
import numpy as np


def permutation_test(a: np.ndarray, b: np.ndarray, n_perm: int, seed: int) -> dict[str, float]:
    a = np.asarray(a)
    b = np.asarray(b)
    n_a = len(a)
    diff = b.mean() - a.mean()
    pooled = np.concatenate([a, b])
    rng = np.random.default_rng(seed)
    shuffles = np.empty((n_perm, len(pooled)))
    for i in range(n_perm):
        shuffles[i] = rng.permutation(pooled)
    d = shuffles[:, n_a:].mean(axis=1) - shuffles[:, :n_a].mean(axis=1)
    count = int(np.count_nonzero(np.abs(d) >= abs(diff) - 1e-9))
    return {"diff": float(diff), "p_value": (count + 1) / (n_perm + 1)}
