# verdict: Wrong Answer
# Counts ties with np.isclose (relative 1e-5) instead of the stated absolute 1e-9: |d| = 4999.995
# is not a tie with |diff| = 5000.005.
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
        shuffles[i] = rng.permutation(pooled)
    d = shuffles[:, n_a:].mean(axis=1) - shuffles[:, :n_a].mean(axis=1)
    count = int(np.count_nonzero((np.abs(d) >= abs(diff)) | np.isclose(np.abs(d), abs(diff))))
    return {"diff": float(diff), "p_value": (count + 1) / (n_perm + 1)}
