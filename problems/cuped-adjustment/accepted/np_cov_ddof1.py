# Another correct style: np.cov (divisor n - 1 on both sides) and equality with the first value as the constant test.
import numpy as np
def cuped(y_a, x_a, y_b, x_b):
    y = np.concatenate([y_a, y_b]).astype(float); x = np.concatenate([x_a, x_b]).astype(float)
    if np.all(x == x[0]):
        theta = 0.0
    else:
        c = np.cov(x, y)
        theta = float(c[0, 1] / c[0, 0])
    adj = y - theta * (x - x.mean())
    n_a = len(y_a)
    ma = float(np.mean(adj[:n_a])); mb = float(np.mean(adj[n_a:]))
    if np.all(y == y[0]):
        red = 0.0
    else:
        red = float(1 - np.var(adj, ddof=1) / np.var(y, ddof=1))
    return {"theta": theta, "mean_a": ma, "mean_b": mb, "diff": mb - ma, "variance_reduction": red}
