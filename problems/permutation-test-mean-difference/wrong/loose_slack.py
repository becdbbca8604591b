# verdict: Wrong Answer
# Uses a slack of 1e-6 instead of the stated 1e-9: |d| = 0.01 / 201 is 2.5e-7 below
# |diff| = 0.01 / 200, a different difference, and must not count.
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
    count = int(np.count_nonzero(np.abs(d) >= abs(diff) - 1e-6))
    return {"diff": float(diff), "p_value": (count + 1) / (n_perm + 1)}
