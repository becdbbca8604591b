import numpy as np

TIE = 1e-9


def _entropy(counts: np.ndarray) -> np.ndarray:
    """Entropies in bits of the count vectors along the last axis (0 log 0 = 0)."""
    counts = np.asarray(counts, dtype=float)
    size = counts.sum(axis=-1, keepdims=True)
    p = counts / size
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(counts > 0, p * np.log2(np.where(counts > 0, p, 1.0)), 0.0)
    return -terms.sum(axis=-1)


def best_entropy_split(X: np.ndarray, y: np.ndarray) -> tuple[int, float, float]:
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    _, codes = np.unique(np.asarray(y), return_inverse=True)
    onehot = np.eye(codes.max() + 1)[codes]            # (n, c)
    parent = float(_entropy(onehot.sum(axis=0)))

    best = (-1, float("nan"), 0.0)
    for f in range(d):
        order = np.argsort(X[:, f], kind="stable")
        values = X[order, f]
        left = np.cumsum(onehot[order], axis=0)[:-1]   # counts of rows 0..i on the left
        right = left[-1:] + onehot[order][-1:] - left if n > 1 else left
        cut = np.nonzero(values[:-1] != values[1:])[0]  # positions with a real threshold
        if cut.size == 0:
            continue
        n_left = (cut + 1).astype(float)
        weighted = (n_left * _entropy(left[cut]) + (n - n_left) * _entropy(right[cut])) / n
        gains = parent - weighted
        i = int(np.argmax(gains >= gains.max() - TIE))  # lowest threshold among the best
        if best[0] == -1 or gains[i] > best[2] + TIE:
            best = (f, float((values[cut[i]] + values[cut[i] + 1]) / 2), float(gains[i]))
    return best
