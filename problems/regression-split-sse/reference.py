import numpy as np


def best_sse_split(X: np.ndarray, y: np.ndarray) -> tuple[int, float, float] | None:
    X = np.asarray(X, dtype=np.float64)
    n, d = X.shape
    # Centre the targets: SSE = sum(y^2) - sum(y)^2 / n loses every digit when y has a large
    # mean and a small spread.
    c = np.asarray(y, dtype=np.float64) - np.mean(y)
    total_sse = float(np.dot(c, c))
    # With centred targets (sum 0) and S_L the sum of the k targets on the left:
    #   gain = SSE(all) - SSE(L) - SSE(R) = S_L^2 / k + S_L^2 / (n - k) = S_L^2 n / (k (n - k))
    per_feature = []  # (gains, thresholds) in ascending threshold order
    for feature in range(d):
        order = np.argsort(X[:, feature], kind="stable")
        values = X[order, feature]
        ok = values[:-1] < values[1:]  # a threshold only between distinct values
        s_left = np.cumsum(c[order])[:-1][ok]
        k = np.arange(1, n)[ok]
        gains = s_left * s_left * n / (k * (n - k))
        thresholds = (values[:-1][ok] + values[1:][ok]) / 2
        per_feature.append((gains, thresholds))
    if all(len(g) == 0 for g, _ in per_feature):
        return None
    best_gain = max(float(g.max()) for g, _ in per_feature if len(g))
    tol = 1e-9 * max(1.0, total_sse)
    for feature, (gains, thresholds) in enumerate(per_feature):
        tied = np.flatnonzero(gains >= best_gain - tol)  # the first of the (numerically) tied
        if len(tied):
            i = tied[0]
            return feature, float(thresholds[i]), float(gains[i])
    return None
