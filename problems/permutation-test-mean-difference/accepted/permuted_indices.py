# Another correct style: rng.permutation(len(pooled)) draws the same shuffle as
# rng.permutation(pooled), used as indices; d from the treatment sums.
import numpy as np


def permutation_test(a: np.ndarray, b: np.ndarray, n_perm: int, seed: int) -> dict[str, float]:
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    n_a = len(a)
    diff = b.mean() - a.mean()
    pooled = np.concatenate([a, b])
    rng = np.random.default_rng(seed)
    shuffles = np.empty((n_perm, len(pooled)))
    for i in range(n_perm):
        shuffles[i] = pooled[rng.permutation(len(pooled))]
    sb = shuffles[:, n_a:].sum(axis=1)
    d = sb / (len(pooled) - n_a) - (pooled.sum() - sb) / n_a
    count = int(np.count_nonzero(np.abs(d) >= abs(diff) - 1e-9))
    return {"diff": float(diff), "p_value": (count + 1) / (n_perm + 1)}
