import numpy as np


def boost_round(X: np.ndarray, y: np.ndarray, F: np.ndarray, learning_rate: float) -> np.ndarray:
    X = np.asarray(X, dtype=np.float64)
    F = np.asarray(F, dtype=np.float64)
    n, d = X.shape
    r = np.asarray(y, dtype=np.float64) - F  # the negative gradient of squared loss / 2
    c = r - r.mean()  # centred, so sums of squares do not cancel
    total_sse = float(np.dot(c, c))
    # Removing the SSE of a split with k rows on the left whose centred sum is s:
    #   gain = s^2 / k + s^2 / (n - k) = s^2 n / (k (n - k)); the best split has the largest.
    best = None  # (feature, threshold) of the chosen split
    per_feature = []
    for feature in range(d):
        order = np.argsort(X[:, feature], kind="stable")
        values = X[order, feature]
        ok = values[:-1] < values[1:]  # thresholds only between distinct values
        s = np.cumsum(c[order])[:-1][ok]
        k = np.arange(1, n)[ok]
        gains = s * s * n / (k * (n - k))
        per_feature.append((gains, (values[:-1][ok] + values[1:][ok]) / 2))
    if any(len(g) for g, _ in per_feature):
        top = max(float(g.max()) for g, _ in per_feature if len(g))
        tol = 1e-9 * max(1.0, total_sse)
        for feature, (gains, thresholds) in enumerate(per_feature):
            tied = np.flatnonzero(gains >= top - tol)  # lowest feature, then lowest threshold
            if len(tied):
                best = (feature, thresholds[tied[0]])
                break
    if best is None:
        step = np.full(n, r.mean())  # no split: the stump is one leaf
    else:
        feature, threshold = best
        left = X[:, feature] <= threshold
        step = np.where(left, r[left].mean(), r[~left].mean())
    return F + learning_rate * step
